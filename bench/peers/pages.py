"""extruct over every page of a folder (JSON-LD, microdata, microformats): prints the events."""
import os
import sys

import extruct


def events(items):
    found = 0
    for item in items:
        if isinstance(item, dict):
            kind = item.get("@type") or item.get("type")
            kinds = kind if isinstance(kind, list) else [kind]
            if any(isinstance(k, str) and "Event" in k or k == "h-event" for k in kinds):
                found += 1
            found += events(item.get("@graph", []))
    return found


count = 0
for root, _, names in os.walk(sys.argv[1]):
    for name in sorted(names):
        with open(os.path.join(root, name), "rb") as body:
            data = extruct.extract(
                body.read(), syntaxes=["json-ld", "microdata", "microformat"], uniform=True
            )
        count += sum(events(data[syntax]) for syntax in data)
print(count)
