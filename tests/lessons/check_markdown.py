#!/usr/bin/env python3
"""check_markdown.py — every lesson text renders without stray emphasis markers.

Renders lessons/*/lesson.*.md with libcmark (the library the app uses) and fails when
`*` or `**` survive into the text outside code: CommonMark does not close emphasis whose
closing marker follows punctuation and precedes a letter, as in `**팬아웃(fan-out)**은`,
which Korean text meets often. Usage: check_markdown.py LESSONS_DIR
"""
import ctypes
import glob
import re
import sys

lib = ctypes.CDLL("libcmark.so")
lib.cmark_markdown_to_html.restype = ctypes.c_void_p
lib.cmark_markdown_to_html.argtypes = [ctypes.c_char_p, ctypes.c_size_t, ctypes.c_int]
libc = ctypes.CDLL(None)

STRAY = re.compile(r"\*\*|(^|[^\w*])\*[^\s*]|[^\s*]\*($|[^\w*])")


def render(text):
    raw = text.encode()
    ptr = lib.cmark_markdown_to_html(raw, len(raw), 0)
    html = ctypes.string_at(ptr).decode()
    libc.free(ctypes.c_void_p(ptr))
    return html


def main():
    files = sorted(glob.glob(sys.argv[1] + "/*/lesson.*.md"))
    bad = 0
    for path in files:
        html = render(open(path, encoding="utf-8").read())
        html = re.sub(r"<code>.*?</code>|<pre>.*?</pre>", "", html, flags=re.S)
        for line in html.splitlines():
            text = re.sub(r"<[^>]+>", "", line)
            if STRAY.search(text):
                print(f"{path}: emphasis marker left in the text: {text[:90]}")
                bad += 1
    print(f"check_markdown: {len(files)} lesson texts, {bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
