import json
from importlib import resources

import jsonschema


def test_schema_brief_json_validates(example_brief):
    schema = json.loads((resources.files("newsfuse") / "schema" / "brief.schema.json").read_text())
    data = json.loads(example_brief.to_json())
    jsonschema.validate(data, schema)
    assert data["schema"] == "newsfuse.brief/1"
    assert [a["id"] for a in data["articles"]] == ["a1", "a2", "a3", "a4", "a5"]
    jsonschema.validate(example_brief.to_dict(include_text=True), schema)


def test_schema_round_trip(example_brief):
    from newsfuse import Brief

    again = Brief.from_dict(json.loads(example_brief.to_json(include_text=True)))
    assert again.summary == example_brief.summary
    assert again.texts == example_brief.texts
