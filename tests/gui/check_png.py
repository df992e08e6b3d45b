#!/usr/bin/env python3
"""Checks a screenshot: a valid 8-bit RGB(A) PNG of the expected size, not one flat colour.

Usage: check_png.py FILE.png WIDTH HEIGHT
Standard library only: reads the chunks, inflates IDAT with zlib and undoes the row filters.
"""
import struct
import sys
import zlib

MIN_DISTINCT_COLOURS = 16   # a window with panels and text has far more
MAX_DOMINANT_SHARE = 0.97   # no single colour may cover (nearly) the whole image


def read_png(path):
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        sys.exit(f"{path}: not a PNG")
    pos, header, idat = 8, None, b""
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    return header, zlib.decompress(idat)


def paeth(a, b, c):
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    if pa <= pb and pa <= pc:
        return a
    return b if pb <= pc else c


def unfilter(raw, width, height, bpp):
    stride = width * bpp
    rows, prev, pos = [], bytearray(stride), 0
    for _ in range(height):
        kind, line = raw[pos], bytearray(raw[pos + 1:pos + 1 + stride])
        pos += 1 + stride
        for i in range(stride):
            left = line[i - bpp] if i >= bpp else 0
            up = prev[i]
            upleft = prev[i - bpp] if i >= bpp else 0
            if kind == 1:
                line[i] = (line[i] + left) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + up) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 0xFF
            elif kind == 4:
                line[i] = (line[i] + paeth(left, up, upleft)) & 0xFF
        rows.append(line)
        prev = line
    return rows


def main():
    path, want_w, want_h = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    (width, height, depth, colour_type, _, _, interlace), raw = read_png(path)
    if (width, height) != (want_w, want_h):
        sys.exit(f"{path}: size {width}x{height}, expected {want_w}x{want_h}")
    if depth != 8 or colour_type not in (2, 6) or interlace != 0:
        sys.exit(f"{path}: unexpected format depth={depth} colour_type={colour_type}")
    bpp = 3 if colour_type == 2 else 4
    rows = unfilter(raw, width, height, bpp)

    counts = {}
    for y in range(0, height, 3):
        row = rows[y]
        for x in range(0, width, 3):
            pixel = bytes(row[x * bpp:x * bpp + 3])
            counts[pixel] = counts.get(pixel, 0) + 1
    total = sum(counts.values())
    dominant = max(counts.values()) / total
    if len(counts) < MIN_DISTINCT_COLOURS or dominant > MAX_DOMINANT_SHARE:
        sys.exit(f"{path}: looks flat ({len(counts)} colours, dominant {dominant:.0%})")
    print(f"{path}: {width}x{height}, {len(counts)} colours sampled, dominant {dominant:.0%}: ok")


if __name__ == "__main__":
    main()
