#!/usr/bin/env python3
"""Checks that two screenshots of the same size differ in a visible number of pixels.

Usage: png_differ.py A.png B.png
"""
import sys

from check_png import read_png, unfilter

MIN_CHANGED_PIXELS = 200  # a changed word or two; a blinking cursor would not reach it


def pixels(path):
    (width, height, _, colour_type, _, _, _), raw = read_png(path)
    bpp = 3 if colour_type == 2 else 4
    return (width, height), bpp, unfilter(raw, width, height, bpp)


def main():
    size_a, bpp, rows_a = pixels(sys.argv[1])
    size_b, _, rows_b = pixels(sys.argv[2])
    if size_a != size_b:
        sys.exit(f"sizes differ: {size_a} vs {size_b}")
    changed = 0
    for row_a, row_b in zip(rows_a, rows_b):
        for x in range(0, len(row_a), bpp):
            if row_a[x:x + 3] != row_b[x:x + 3]:
                changed += 1
    if changed < MIN_CHANGED_PIXELS:
        sys.exit(f"{sys.argv[1]} and {sys.argv[2]} look the same ({changed} pixels differ)")
    print(f"{sys.argv[1]} vs {sys.argv[2]}: {changed} pixels differ: ok")


if __name__ == "__main__":
    main()
