"""python icalendar over every calendar of a folder: prints the VEVENTs read."""
import os
import sys

import icalendar

count = 0
for root, _, names in os.walk(sys.argv[1]):
    for name in sorted(names):
        with open(os.path.join(root, name), "rb") as body:
            calendar = icalendar.Calendar.from_ical(body.read())
        for event in calendar.walk("VEVENT"):
            event.decoded("DTSTART")
            count += 1
print(count)
