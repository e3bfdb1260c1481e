"""The CLI reference is generated from --help, and every command's help has an example."""

from pathlib import Path

from click.testing import CliRunner

from dateline.cli import cli
from dateline.clidoc import render

DOCS = Path(__file__).resolve().parents[1] / "docs" / "cli.md"


def test_docs_match_the_help_text():
    assert DOCS.read_text(encoding="utf-8") == render(), \
        "docs/cli.md is stale: run .venv/bin/python -m dateline.clidoc > docs/cli.md"


def test_every_command_documents_an_example():
    runner = CliRunner()
    for name in cli.list_commands(None):
        result = runner.invoke(cli, [name, "--help"])
        assert result.exit_code == 0
        assert "Example" in result.output, name


def test_schema_reference_matches_the_store():
    from dateline.schemadoc import render as render_schema

    schema = DOCS.parent / "schema.md"
    assert schema.read_text(encoding="utf-8") == render_schema(), \
        "docs/schema.md is stale: run .venv/bin/python -m dateline.schemadoc > docs/schema.md"
    assert "| `published` | VARCHAR |" in schema.read_text(encoding="utf-8")
