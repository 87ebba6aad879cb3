#!/usr/bin/env python3
"""Fails on a non-ASCII character inside a QLatin1String / QLatin1StringView / QLatin1Char / fromLatin1 literal.

Such a literal is read as Latin-1 while the source file is UTF-8: "·" (two bytes in UTF-8) shows as "Â·", "é" as
"Ã©" (issue #14: Message info showed "service Â· PMP"). Use QStringLiteral / u"" / QChar(0x00B7) instead.

Usage: check-latin1-literals.py DIR... (prints file:line: text for each and exits 1 when any is found)
"""
import pathlib
import re
import sys

SUFFIXES = {".cpp", ".h", ".hpp", ".cc", ".cxx", ".mm"}
# The wrapper, an opening parenthesis or brace, then a C string or character literal (with escapes), possibly after
# a u8/L prefix; adjacent string literals ("a" "b") are joined by the compiler, so every literal up to the closing
# parenthesis counts.
OPENER = re.compile(r"\b(QLatin1String|QLatin1StringView|QLatin1Char|fromLatin1)\s*[({]")
LITERAL = re.compile(r"""(?:u8|L|u|U)?("(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*')""")


def check(path: pathlib.Path):
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as e:
        return [f"{path}:1: not UTF-8 ({e})"]
    problems = []
    for match in OPENER.finditer(text):
        pos = match.end()
        # Literals directly inside the call, separated by whitespace only.
        while True:
            while pos < len(text) and text[pos].isspace():
                pos += 1
            literal = LITERAL.match(text, pos)
            if not literal:
                break
            body = literal.group(1)
            if any(ord(c) > 0x7F for c in body):
                line = text.count("\n", 0, literal.start()) + 1
                problems.append(f"{path}:{line}: non-ASCII literal in {match.group(1)}: {body}")
            pos = literal.end()
    return problems


def main(argv):
    roots = [pathlib.Path(a) for a in argv[1:]] or [pathlib.Path(".")]
    problems = []
    for root in roots:
        files = [root] if root.is_file() else sorted(p for p in root.rglob("*") if p.suffix in SUFFIXES)
        for path in files:
            problems += check(path)
    for p in problems:
        print(p)
    if problems:
        print(f"{len(problems)} non-ASCII Latin-1 literal(s): use QStringLiteral or u\"...\" for text beyond ASCII.")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
