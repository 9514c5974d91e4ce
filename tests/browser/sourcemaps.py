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
    """Per script URL, every generated ``[line, column]`` (line 1-based, column 0-based) of a source line."""
    return _ask(maps, "generated", {"source": source_url, "line": line}, workdir)


def original_position(source_map: Map, line: int, column: int, workdir: Path) -> dict:
    """The source position (``source`` URL, 1-based ``line``) of a generated position (1-based line)."""
    return _ask([source_map], "original", {"line": line, "column": column}, workdir)[source_map.script_url]


def _ask(maps: list[Map], question: str, position: dict, workdir: Path) -> dict:
    answers = run_node(
        f"""{SOURCE_MAP_IMPORT}
const maps = {json.dumps([[m.script_url, m.url, m.document] for m in maps])};
const position = {json.dumps(position)};
const answers = {{}};
// allGeneratedPositionsFor would fall back to the next line that has mappings: only this line's count.
const generated = (consumer, {{ source, line }}) => {{
  const found = [];
  consumer.eachMapping((m) => {{
    if (m.source === source && m.originalLine === line) found.push([m.generatedLine, m.generatedColumn]);
  }});
  return found;
}};
for (const [scriptUrl, mapUrl, document] of maps) {{
  const consumer = await new SourceMapConsumer(document, mapUrl);
  answers[scriptUrl] = {json.dumps(question)} === 'generated'
    ? generated(consumer, position)
    : consumer.originalPositionFor(position);
  consumer.destroy();
}}
console.log(JSON.stringify(answers));
""",
        cwd=workdir,
    )
    assert isinstance(answers, dict)
    return answers
