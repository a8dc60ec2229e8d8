"""schema.graphql is always what the code serves."""

from pathlib import Path

from graph.schema import export_sdl

SCHEMA_FILE = Path(__file__).resolve().parents[2] / "schema.graphql"


def test_schema_file_matches_the_code() -> None:
    assert SCHEMA_FILE.read_text() == export_sdl(), "run `make schema` and commit schema.graphql"
