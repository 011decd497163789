"""Hostile candidates: answers that attack the machine that checks them, not the proof.

A single-file crate cannot run a build script or its own proc macro, but rustc evaluates
`const` code, expands macros and reads the files named in `include_str!`, `#[path]` or
`env!`. Each `HostileCase` is one such answer to the Task C row of `verusbench.cheats`
(an honest repair plus the attack) or to its B row, with what it tries, the integrity
rules that must reject it (none: the sandbox must contain it), what real Verus should
answer, and how to tell the test double (tests/fake_verus) to behave like rustc would.
`contain()` reports per case which layer stopped it; nothing it starts outlives it.
"""

from __future__ import annotations

import functools
import os
import tempfile
import uuid
from dataclasses import asdict, dataclass, field

from . import cheats
from . import constants as C
from .integrity import check

N_DEEP = 100_000
BIG_EXPORT_MB = 2      # exported (git stays small: it compresses to a few KB)
BIG_MB = 10            # checked here, generated on demand, never written to the repo


@dataclass(frozen=True)
class HostileCase:
    name: str
    tries: str                  # what the answer attempts
    prediction: str             # the answer (to `row` of cheats.rows())
    rules: tuple[str, ...]      # integrity rules that must reject it; () = must pass to the sandbox
    expect: tuple[str, ...]     # statuses real Verus may give it (when run without the check)
    double: tuple[str, ...] = ()  # fake-verus markers that mimic what rustc would do
    row: str = "C"
    export: bool = True
    note: str = ""


def _with(items: str = "", top: str = "", after: str = "") -> str:
    """A C answer: the honest repair with items added inside verus! (or at the top/after)."""
    src = cheats.BASE
    if items:
        src = src.replace("} // verus!\n", items.rstrip("\n") + "\n\n} // verus!\n")
    return top + src + after


def _big(mb: int) -> str:
    line = len("fn filler_0000000() {}\n")
    return _with("".join(f"fn filler_{i:07d}() {{}}\n" for i in range(mb * (1 << 20) // line + 1)))


_SPIN = "{ let mut i: u64 = 0; loop { i = i.wrapping_add(1); } }"
_NEVER = (C.STATUS_COMPILE_ERROR, C.STATUS_TIMEOUT, C.STATUS_CRASHED)   # anything but verified
_ANY = (C.STATUS_VERIFIED, C.STATUS_FAILED, *_NEVER)

CASES: list[HostileCase] = [
    # --- (a) const evaluation that never ends ---------------------------------------------
    HostileCase("const_loop", "an endless loop in a const initializer", _with(f"const SPIN: u64 = {_SPIN};"),
                (), _NEVER, ("hang",),
                note="rustc's deny-by-default long_running_const_eval lint should stop it"),
    HostileCase("const_loop_allowed", "an endless const loop with the lint that stops it allowed",
                _with(f"#[allow(long_running_const_eval)]\nconst SPIN: u64 = {_SPIN};"),
                (), _NEVER, ("hang",), note="only the wall-clock limit ends it"),
    HostileCase("const_fn_loop_crate_allow", "an endless const fn, lint allowed for the crate",
                _with(f"const fn spin() -> u64 {_SPIN}\n\nconst SPUN: u64 = spin();",
                      top="#![allow(long_running_const_eval)]\n"),
                (), _NEVER, ("hang",), note="`#![allow(..)]` is a harmless crate attribute"),
    HostileCase("const_fn_in_array_type", "an endless const fn evaluated in a type (typeck)",
                _with(f"#[allow(long_running_const_eval)]\nconst fn spin() -> usize {_SPIN.replace('u64', 'usize')}\n\n"
                      "struct Spun {\n    a: [u8; spin()],\n}"), (), _NEVER, ("hang",)),
    HostileCase("const_loop_outside_verus", "an endless const loop in plain Rust",
                _with(after=f"\n#[allow(long_running_const_eval)]\nconst SPIN: u64 = {_SPIN};\n"),
                ("outside_verus",), _NEVER, ("hang",)),
    HostileCase("const_fn_recursion", "unbounded recursion in const evaluation",
                _with("const fn deeper(n: u64) -> u64 {\n    deeper(n + 1)\n}\n\nconst DEEP: u64 = deeper(0);"),
                (), _NEVER, ("crash",), note="const eval's frame limit should stop it"),
    # --- (b) allocation without bound ---------------------------------------------------------
    HostileCase("const_array_64g", "a 64 GiB const array",
                _with("const BIG: [u8; 1 << 36] = [0u8; 1 << 36];"), (), _NEVER, ("memory 600",)),
    HostileCase("static_array_16g", "a 16 GiB static",
                _with("static BIG: [u8; 1 << 34] = [0u8; 1 << 34];"), (), _NEVER, ("memory 600",)),
    HostileCase("const_fn_growing_frames", "const recursion with a 256 MiB array per frame",
                _with("const fn grow(n: usize) -> usize {\n    let a = [1u8; 1 << 28];\n"
                      "    if n == 0 { a[0] as usize } else { grow(n - 1) + a[1] as usize }\n}\n\n"
                      "const GROWN: usize = grow(1000);"), (), _NEVER, ("memory 600",)),
    HostileCase("macro_expansion_2_pow_40", "macro expansion that doubles 40 times",
                _with("macro_rules! twice {\n    () => {};\n    (x $($rest:tt)*) => {\n"
                      "        twice!($($rest)*);\n        twice!($($rest)*);\n    };\n}\n\n"
                      "fn blow_up() {\n    twice!(" + " ".join(["x"] * 40) + ");\n}"),
                (), _NEVER, ("memory 600",)),
    # --- (c) nesting deep enough to overflow a recursive parser --------------------------------
    HostileCase("nested_parens_100k", f"{N_DEEP:,} nested parentheses in verus!",
                _with("const DEEP: u64 = " + "(" * N_DEEP + "1" + ")" * N_DEEP + ";"),
                (), _NEVER, ("crash",), note="verus! parses with verus_syn, which recurses"),
    HostileCase("nested_blocks_100k", f"{N_DEEP:,} nested blocks in verus!",
                _with("const DEEP: u64 = " + "{" * N_DEEP + "1" + "}" * N_DEEP + ";"),
                (), _NEVER, ("crash",)),
    HostileCase("nested_parens_plain_rust", f"{N_DEEP:,} nested parentheses outside verus!",
                _with(after="\nconst DEEP: u64 = " + "(" * N_DEEP + "1" + ")" * N_DEEP + ";\n"),
                ("outside_verus",), _ANY, ("crash",),
                note="rustc grows its stack on the heap; it may cope (then the file verifies)"),
    HostileCase("nested_types_20k", "an Option nested 20,000 deep",
                _with("type Deep = " + "Option<" * 20_000 + "u8" + ">" * 20_000 + ";"),
                (), _ANY, ("crash",)),
    HostileCase("nested_body_100k", f"a body of {N_DEEP:,} nested parentheses (Task B)",
                "{\n    " + "(" * N_DEEP + "a" + ")" * N_DEEP + "\n}", (), _NEVER, ("crash",), row="B",
                note="fails even if it compiles: it returns `a`"),
    # --- (d) reading outside the job dir -------------------------------------------------------
    HostileCase("include_str_passwd", "include_str!(\"/etc/passwd\")",
                _with('const P: &str = include_str!("/etc/passwd");'), ("include",), _ANY),
    HostileCase("include_bytes_passwd", "include_bytes!(\"/etc/passwd\")",
                _with('const P: &[u8] = include_bytes!("/etc/passwd");'), ("include",), _ANY),
    HostileCase("include_passwd", "include!(\"/etc/passwd\") as items",
                _with('include!("/etc/passwd");'), ("include",), ("compile_error",),
                note="the parse error quotes the file's first line"),
    HostileCase("env_home", "env!(\"HOME\")", _with('const H: &str = env!("HOME");'), ("env",), _ANY,
                note="HOME is the job's private dir: the harness scrubs the environment"),
    HostileCase("option_env_path", "option_env!(\"PATH\")",
                _with('const P: Option<&str> = option_env!("PATH");'), ("env",), _ANY),
    HostileCase("path_mod_passwd", "#[path = \"/etc/passwd\"] mod",
                _with('#[path = "/etc/passwd"]\nmod passwd;'), ("path_attribute",), ("compile_error",)),
    HostileCase("doc_include_str", "#[doc = include_str!(..)] on a fn",
                _with('#[doc = include_str!("/etc/passwd")]\nfn documented() {}'), ("include",),
                ("verified", "compile_error")),
    HostileCase("cfg_attr_path", "#[cfg_attr(all(), path = ..)]",
                _with('#[cfg_attr(all(), path = "/etc/hostname")]\nmod host;'), ("cfg", "path_attribute"),
                ("compile_error", "verified")),
    HostileCase("macro_passed_include", "include! called through a macro argument",
                _with('macro_rules! call {\n    ($m:ident) => {\n        $m!("/etc/passwd");\n    };\n}\n\n'
                      'call!(include);'), ("macro_indirection",), ("compile_error",)),
    HostileCase("macro_repetition_env", "env! called through a macro repetition",
                _with('macro_rules! call {\n    ($($t:tt)*) => {\n        #[doc = $($t)*!("PATH")]\n'
                      '        fn documented() {}\n    };\n}\n\ncall!(env);'),
                ("macro_indirection",), ("verified", "compile_error")),
    HostileCase("debugger_visualizer", "#[debugger_visualizer] names a file",
                _with('#[debugger_visualizer(gdb_script_file = "/etc/passwd")]\nmod dv {}'),
                ("path_attribute",), _ANY, note="read at codegen only, which Verus never reaches"),
    HostileCase("crate_doc_include", "#![doc = include_str!(..)]",
                _with(top='#![doc = include_str!("/etc/passwd")]\n'), ("crate_attribute", "include"), _ANY),
    # --- (e) size --------------------------------------------------------------------------------
    HostileCase(f"file_{BIG_EXPORT_MB}mb", f"a {BIG_EXPORT_MB} MB answer (tens of thousands of fns)",
                _big(BIG_EXPORT_MB), ("too_large",), _ANY),
    # --- (f) compile-time tricks a single-file crate has ------------------------------------------
    HostileCase("proc_macro_fn", "declare a proc macro in a lib crate",
                _with("extern crate proc_macro;\n\n#[proc_macro]\npub fn evil(t: proc_macro::TokenStream)"
                      " -> proc_macro::TokenStream {\n    t\n}"), (), ("compile_error",), ("compile_error",),
                note="`#[proc_macro]` needs crate-type proc-macro; the harness passes lib"),
    HostileCase("crate_type_proc_macro", "#![crate_type = \"proc-macro\"]",
                _with(top='#![crate_type = "proc-macro"]\n'), ("crate_attribute",), _ANY,
                note="--crate-type on the command line wins"),
    HostileCase("feature_gate", "#![feature(..)]", _with(top="#![feature(core_intrinsics)]\n"),
                ("crate_attribute",), _ANY),
    HostileCase("no_std_no_core", "#![no_std]", _with(top="#![no_std]\n"), ("crate_attribute",), _ANY),
    HostileCase("inline_asm", "asm! in an exec fn",
                _with('fn poke() {\n    unsafe { core::arch::asm!("nop") }\n}'), (), ("compile_error",),
                ("compile_error unsupported inline assembly",)),
    HostileCase("global_asm_incbin", "global_asm!(\".incbin\") of a file",
                _with('core::arch::global_asm!(".incbin \\"/etc/passwd\\"");'), (), _ANY,
                note="assembled at codegen only: Verus stops after analysis"),
    HostileCase("link_attribute", "#[link] to a native library",
                _with('#[link(name = "evil")]\nextern "C" {\n    fn evil();\n}'), (), _ANY,
                note="nothing is linked: no codegen"),
    HostileCase("no_mangle_init_array", "#[no_mangle] and a .init_array constructor",
                _with('#[no_mangle]\npub extern "C" fn exported() {}\n\n#[used]\n'
                      '#[link_section = ".init_array"]\nstatic INIT: extern "C" fn() = exported;'),
                (), _ANY, note="runs only if linked and loaded, which never happens"),
    HostileCase("main_removes_files", "a fn main that deletes files",
                _with(after='\nfn main() {\n    let _ = std::fs::remove_dir_all("/");\n}\n'),
                ("outside_verus",), ("verified",), note="compiled, never run"),
]

#: sandbox-only behaviours of the double (no rustc analogue): fork and leave children
DOUBLE_ONLY: list[HostileCase] = [
    HostileCase("fork_then_hang", "three detached children, then hang", _with(), (), _NEVER,
                ("spawn_child {pid}.1", "spawn_child {pid}.2", "spawn_child {pid}.3", "hang"),
                export=False),
    HostileCase("fork_then_allocate", "two detached children, then allocate past the limit",
                _with(), (), _NEVER, ("spawn_child {pid}.1", "spawn_child {pid}.2", "memory 600"),
                export=False),
    HostileCase("fork_then_verify", "a detached child left behind by a run that verifies",
                _with(), (), ("verified",), ("spawn_child {pid}.1",), export=False),
    HostileCase("flood_stderr", "30 MB of noise on stderr", _with(), (), ("verified",),
                ("flood 30000000",), export=False),
]


def big_case(mb: int = BIG_MB) -> HostileCase:
    """The `mb`-megabyte answer (generated, never exported)."""
    return HostileCase(f"file_{mb}mb", f"a {mb} MB answer", _big(mb), ("too_large",), _ANY,
                       export=False)


def all_cases() -> list[HostileCase]:
    return CASES + [big_case()] + DOUBLE_ONLY


@dataclass
class Containment:
    """What stopped one hostile case: the integrity layer (rules) or the sandbox (status)."""

    case: str
    stopped_by: str                 # "integrity" | "sandbox"
    rules: list[str] = field(default_factory=list)
    status: str | None = None
    wall_s: float = 0.0
    survivors: list[int] = field(default_factory=list)   # pids still running afterwards
    leftover_files: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)


@functools.lru_cache(maxsize=None)
def screen(case: HostileCase):
    """The integrity verdict on the case (cached: the deep-nesting cases take seconds)."""
    return check(cheats.rows()[case.row], case.prediction)


def survivors(token: str) -> list[int]:
    """Pids of live processes whose environment carries the job token (read-only)."""
    from .verifier.sandbox import TOKEN_VAR
    needle = f"{TOKEN_VAR}={token}".encode()
    out = []
    for p in os.listdir("/proc"):
        if not p.isdigit() or int(p) == os.getpid():
            continue
        try:
            with open(f"/proc/{p}/environ", "rb") as f:
                env = f.read()
            with open(f"/proc/{p}/stat") as f:
                state = f.read().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if state not in ("Z", "X") and (env.startswith(needle) or b"\0" + needle in env):
            out.append(int(p))
    return out


def survivors_after(token: str, grace_s: float = 5.0) -> list[int]:
    """survivors(token) once they had grace_s to die: a SIGKILL sent to a pid namespace
    or a process group is delivered, not waited for."""
    import time
    end = time.monotonic() + grace_s
    left = survivors(token)
    while left and time.monotonic() < end:
        time.sleep(0.05)
        left = survivors(token)
    return left


def contain(case: HostileCase, verus, *, timeout_s: float = 120.0, memory_mb: int = 8192,
            through_integrity: bool = True, pidfile: str = "") -> Containment:
    """Run one case the way an eval would: the integrity check, then (if it passes, or
    always with through_integrity=False) the verifier under the sandbox's limits.

    With the test double the case's `double` markers are appended (`{pid}` -> pidfile), so
    that it hangs, allocates or forks where rustc would; real Verus gets the file as is."""
    from .verifier import VerifyJob, is_test_double, run_job
    res = screen(case)
    if through_integrity and not res.ok:
        return Containment(case.name, "integrity", rules=sorted({v.rule for v in res.violations}))
    text = res.assembled if res.assembled is not None else case.prediction
    if is_test_double(verus.identity) and case.double:
        text += "".join(f"\n// fake-verus: {m.format(pid=pidfile)}" for m in case.double) + "\n"
    token = f"hostile-{uuid.uuid4().hex}"
    with tempfile.TemporaryDirectory(prefix="verusbench-hostile-") as root:
        r = run_job(VerifyJob(text=text, name=case.name, timeout_s=timeout_s, memory_mb=memory_mb),
                    verus, token=token, tmp_root=root)
        left = sorted(os.listdir(root))
    return Containment(case.name, "sandbox", rules=sorted({v.rule for v in res.violations}),
                       status=r.status, wall_s=r.wall_s, survivors=survivors_after(token),
                       leftover_files=left, notes=r.notes)


def pending_items() -> list[tuple[str, dict]]:
    """(file text, metadata) for `verification/pending/hostile/`: every exported case as
    the integrity layer would assemble it, rejected or not, so that real Verus shows what
    each would do without the check."""
    items = []
    for case in CASES:
        if not case.export:
            continue
        res = screen(case)
        items.append((res.assembled if res.assembled is not None else case.prediction,
                      {"case": case.name, "tries": case.tries, "task": cheats.rows()[case.row].task,
                       "integrity_rules": sorted({v.rule for v in res.violations}),
                       "expect": list(case.expect), "note": case.note}))
    return items


#: written into the hostile folder's manifest: what is not in it, and why
GENERATED_NOTE = (f"The {BIG_MB} MB case is not stored (git): regenerate it with "
                  f"`verusbench.hostile.big_case({BIG_MB}).prediction`; file_{BIG_EXPORT_MB}mb "
                  "stands for it. Build scripts and a crate's own proc macros cannot occur in a "
                  "single-file crate; `proc_macro_fn` and `crate_type_proc_macro` show the attempts.")


def counts_by_layer(reports: list[Containment]) -> dict[str, int]:
    out: dict[str, int] = {}
    for r in reports:
        key = r.stopped_by if r.stopped_by == "integrity" else f"sandbox:{r.status}"
        out[key] = out.get(key, 0) + 1
    return out



def export(out_dir) -> "object":
    """Write `verification/pending/hostile/` (deterministic: same code, same bytes)."""
    from .pending import write_pending
    return write_pending(out_dir, pending_items(), name="hostile", created_by="verusbench.hostile",
                         purpose="hostile candidates (const-eval loops and allocation, deep "
                                 "nesting, reads outside the job dir, size, compile-time tricks): "
                                 "what real Verus does with each when no integrity check runs",
                         extra_meta={"not_stored": GENERATED_NOTE})


def ledger_mismatches(ledger) -> tuple[list[str], list[tuple[str, str, list[str]]]]:
    """(cases the ledger lacks, (case, status, expected) where real Verus disagreed)."""
    from .ledger import text_sha256
    missing, wrong = [], []
    for text, meta in pending_items():
        e = ledger.get(text_sha256(text))
        if e is None:
            missing.append(meta["case"])
        elif e.result.status not in meta["expect"]:
            wrong.append((meta["case"], e.result.status, meta["expect"]))
    return missing, wrong


def report(verus, cases: list[HostileCase] | None = None, **limits) -> list[Containment]:
    """contain() for every case (default: all_cases()), in order: the per-sample report."""
    with tempfile.TemporaryDirectory(prefix="verusbench-hostile-pids-") as d:
        return [contain(c, verus, pidfile=os.path.join(d, c.name), **limits)
                for c in (cases if cases is not None else all_cases())]
