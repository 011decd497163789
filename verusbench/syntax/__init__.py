"""Verus syntax model on tree-sitter-rust: tokens, items, clauses, loops and proof nodes
with exact byte spans (see `model.py` for the types)."""

from __future__ import annotations

from .lexer import Token, tokenize
from .model import (Attribute, Clause, Diagnostic, Item, Loop, Param, ParsedFile,
                    ProofNode, Region, Span)
from .parser import parse
from .query import find_fn, fn_at, item_json, segments, to_json

__all__ = ["Token", "tokenize", "parse", "segments", "to_json", "item_json", "find_fn",
           "fn_at", "Attribute", "Clause", "Diagnostic", "Item", "Loop", "Param",
           "ParsedFile", "ProofNode", "Region", "Span"]
