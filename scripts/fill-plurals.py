#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fills the en_GB plural forms lupdate leaves empty: "%n step(s)" becomes "%n step" / "%n steps", and
"about %n years" becomes "about %n year" / "about %n years". Forms already filled are left alone, so a person
can correct one by hand."""
import re
import sys


def forms(source: str):
    if "(s)" in source:
        return source.replace("(s)", ""), source.replace("(s)", "s")
    singular = re.sub(r"%n (\w+?)s\b", r"%n \1", source, count=1)
    return singular, source


def fill(match: re.Match) -> str:
    source = match.group(1)
    one, many = forms(source.replace("&amp;", "&"))
    esc = lambda t: t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return (f'<message numerus="yes">\n        <source>{source}</source>\n        <translation>\n'
            f'            <numerusform>{esc(one)}</numerusform>\n'
            f'            <numerusform>{esc(many)}</numerusform>\n        </translation>')


path = sys.argv[1]
text = open(path, encoding="utf-8").read()
text = re.sub(r'<message numerus="yes">\n\s*<source>(.*?)</source>\n\s*<translation type="unfinished">\n'
              r'\s*<numerusform></numerusform>\n\s*<numerusform></numerusform>\n\s*</translation>', fill, text)
open(path, "w", encoding="utf-8").write(text)
