"""Verus syntax model on tree-sitter-rust: tokens, items, clauses, loops and proof nodes
with exact byte spans (see `model.py` for the types)."""

from __future__ import annotations

from .lexer import Token, tokenize
from .model import (Attribute, Clause, Diagnostic, Item, Loop, Param, ParsedFile,
                    ProofNode, Region, Span)

__all__ = ["Token", "tokenize", "Attribute", "Clause", "Diagnostic", "Item", "Loop",
           "Param", "ParsedFile", "ProofNode", "Region", "Span"]
