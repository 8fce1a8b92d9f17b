"""feedparser over every file of a folder: prints the number of entries read."""
import os
import sys

import feedparser

count = 0
for root, _, names in os.walk(sys.argv[1]):
    for name in sorted(names):
        with open(os.path.join(root, name), "rb") as body:
            count += len(feedparser.parse(body.read()).entries)
print(count)
