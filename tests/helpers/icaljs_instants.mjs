// The instants of a calendar as ical.js reads them: ical.js is Thunderbird's parser.
//
// Usage: node icaljs_instants.mjs ICALJS_PACKAGE_FOLDER < calendar.ics
// Prints one JSON object: for each VEVENT and VTODO, by UID, its DTSTART,
// DTEND and DUE as Unix seconds (absent properties left out).
//
// Each of the file's VTIMEZONEs is registered first, as Thunderbird does for
// a zone it gets from a file, so a TZID time is placed with the file's own
// definition: this is what checks the VTIMEZONE Dialogos writes.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const folder = process.argv[2];
const manifest = JSON.parse(readFileSync(join(folder, "package.json"), "utf8"));
const ICAL = (await import(pathToFileURL(join(folder, manifest.main)).href)).default;

const calendar = new ICAL.Component(ICAL.parse(readFileSync(0, "utf8")));
for (const vtimezone of calendar.getAllSubcomponents("vtimezone")) {
  ICAL.TimezoneService.register(new ICAL.Timezone(vtimezone));
}

const instants = {};
for (const kind of ["vevent", "vtodo"]) {
  for (const component of calendar.getAllSubcomponents(kind)) {
    const found = {};
    for (const name of ["dtstart", "dtend", "due"]) {
      const value = component.getFirstPropertyValue(name);
      if (value) {
        found[name] = value.toUnixTime();
      }
    }
    instants[component.getFirstPropertyValue("uid")] = found;
  }
}
process.stdout.write(JSON.stringify(instants));
