"""Sourcemap look-ups as devtools make them, decoded by Mozilla's `source-map` (not by m_shared's encoder).

A map is fetched from the URL its script names; its ``sources`` are resolved against the map's own URL
(there is no ``sourceRoot``), so positions are asked for and reported with absolute source URLs.
"""

from __future__ import annotations

import json
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from conftest import SOURCE_MAP_IMPORT, run_node


@dataclass(frozen=True)
class Map:
    script_url: str
    url: str
    document: dict

    @property
    def source_urls(self) -> list[str]:
        return [urllib.parse.urljoin(self.url, source) for source in self.document["sources"]]


def fetch(script_url: str, source_map_url: str) -> Map:
    """The map of a parsed script, fetched over HTTP as devtools fetch it (relative to the script's URL)."""
    url = urllib.parse.urljoin(script_url, source_map_url)
    with urllib.request.urlopen(url, timeout=10) as response:
        return Map(script_url, url, json.loads(response.read().decode("utf-8")))


def generated_positions(maps: list[Map], source_url: str, line: int, workdir: Path) -> dict[str, list[list[int]]]:
    """Per script URL, every generated ``[line, column]`` (line 1-based, column 0-based) of one source line."""
    answers = _ask([(m, "generated", {"source": source_url, "line": line}) for m in maps], workdir)
    return {m.script_url: answer for m, answer in zip(maps, answers, strict=True)}


def original_positions(locations: list[tuple[Map, int, int]], workdir: Path) -> list[tuple[str, int]]:
    """The ``(source URL, line)`` of each generated ``(map, line, column)``; lines are 1-based."""
    answers = _ask([(m, "original", {"line": line, "column": column}) for m, line, column in locations], workdir)
    return [(answer["source"], answer["line"]) for answer in answers]


def _ask(questions: list[tuple[Map, str, dict]], workdir: Path) -> list:
    """Answer every question in one Node process (each map is decoded once)."""
    maps = list({id(m): m for m, _, _ in questions}.values())
    answers = run_node(
        f"""{SOURCE_MAP_IMPORT}
const maps = {json.dumps([[m.url, m.document] for m in maps])};
const questions = {json.dumps([[maps.index(m), kind, position] for m, kind, position in questions])};
const consumers = await Promise.all(maps.map(([url, document]) => new SourceMapConsumer(document, url)));
// allGeneratedPositionsFor falls back to the next line that has mappings: only this line's mappings count.
const generated = (consumer, {{ source, line }}) => {{
  const found = [];
  consumer.eachMapping((m) => {{
    if (m.source === source && m.originalLine === line) found.push([m.generatedLine, m.generatedColumn]);
  }});
  return found;
}};
const answers = questions.map(([index, kind, position]) => kind === 'generated'
  ? generated(consumers[index], position) : consumers[index].originalPositionFor(position));
consumers.forEach((consumer) => consumer.destroy());
console.log(JSON.stringify(answers));
""",
        cwd=workdir,
    )
    assert isinstance(answers, list)
    return answers
