#!/usr/bin/env python3
"""Writes a copy of a Qt .ts file with every message in one context, "fleetscope".

Fleetscope's sources translate through small helpers (free functions, errors built deep in the
core), so the context lupdate infers for a string is not always the one the code asks for at run
time. The program therefore looks translations up by source text alone (ContextFreeTranslator),
and the .qm it loads is built from this flattened copy. The .ts files themselves keep their
contexts for translators.

usage: flatten_ts.py IN.ts OUT.ts
"""
import sys
import xml.etree.ElementTree as ET


def main(source, target):
    tree = ET.parse(source)
    root = tree.getroot()
    flat = ET.Element("context")
    ET.SubElement(flat, "name").text = "fleetscope"
    seen = set()
    for context in root.findall("context"):
        for message in context.findall("message"):
            key = (message.findtext("source"), message.findtext("comment") or "")
            if key in seen:
                continue
            seen.add(key)
            flat.append(message)
    for context in root.findall("context"):
        root.remove(context)
    root.append(flat)
    tree.write(target, encoding="utf-8", xml_declaration=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
