// Reads a calendar or feed from a file and prints, as JSON, what a subscribing client understands of it.
// Usage: node parse.mjs ical|atom FILE. Exit code 1 with {"error": …} when the parser rejects the input.
import { readFileSync, createReadStream } from "node:fs";
import ICAL from "ical.js";
import FeedParser from "feedparser";

const [kind, file] = process.argv.slice(2);

function fail(error) {
  console.log(JSON.stringify({ error: String(error && error.message ? error.message : error) }));
  process.exit(1);
}

function parseCalendar(text) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents("vtimezone")) {
    ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  }
  const events = calendar.getAllSubcomponents("vevent").map((component) => {
    const event = new ICAL.Event(component);
    const start = event.startDate;
    return {
      uid: event.uid,
      summary: event.summary,
      location: event.location || null,
      description: event.description || null,
      status: component.getFirstPropertyValue("status"),
      sequence: event.sequence,
      url: component.getFirstPropertyValue("url"),
      allDay: start.isDate,
      timezone: start.isDate ? null : (start.timezone || (start.zone && start.zone.tzid) || null),
      start: start.isDate ? start.toString() : start.toJSDate().toISOString(),
      end: event.endDate ? (event.endDate.isDate ? event.endDate.toString() : event.endDate.toJSDate().toISOString()) : null,
      lastModified: component.getFirstPropertyValue("last-modified")?.toString() ?? null,
    };
  });
  return {
    name: calendar.getFirstPropertyValue("x-wr-calname"),
    version: calendar.getFirstPropertyValue("version"),
    timezones: calendar.getAllSubcomponents("vtimezone").map((z) => z.getFirstPropertyValue("tzid")),
    events,
  };
}

function parseAtom(path) {
  return new Promise((resolve, reject) => {
    const parser = new FeedParser({ normalize: true, addmeta: false });
    const items = [];
    parser.on("error", reject);
    parser.on("readable", function () {
      let item;
      while ((item = this.read())) {
        items.push({
          title: item.title,
          link: item.link,
          id: item.guid,
          published: item.pubdate ? item.pubdate.toISOString() : null,
          updated: item.date ? item.date.toISOString() : null,
          summary: item.summary,
        });
      }
    });
    parser.on("end", function () {
      const meta = this.meta;
      resolve({ type: meta["#type"], title: meta.title, link: meta.link, self: meta.xmlurl, updated: meta.date ? meta.date.toISOString() : null, language: meta.language, items });
    });
    createReadStream(path).pipe(parser);
  });
}

try {
  if (kind === "ical") {
    console.log(JSON.stringify(parseCalendar(readFileSync(file, "utf8"))));
  } else if (kind === "atom") {
    console.log(JSON.stringify(await parseAtom(file)));
  } else {
    fail("usage: node parse.mjs ical|atom FILE");
  }
} catch (error) {
  fail(error);
}
