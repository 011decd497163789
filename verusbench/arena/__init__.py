"""The Arena: a web judge where people and models submit Verus solutions to locked-spec
problems (issue 14). db (models), queue (claims in the database), judge (trust protocol +
verifier), authoring (problem checks), seed (from a build), web (FastAPI app), export (Hub)."""
