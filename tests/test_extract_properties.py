"""End to end: extract never raises on arbitrary text and every record is grounded."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from mengke.plugins import PluginHost
from mengke.testing import assert_grounded, make_article

NEWS_CHARACTERS = "0123456789一二三四五十百千万亿元家个项%，。；\n 约余多至年月全区市内蒙古《》办法“”条增长达到第位"
NEWSY = st.text(
    alphabet=st.sampled_from(list(NEWS_CHARACTERS)) | st.characters(),
    max_size=300,
)


@given(NEWSY)
def test_extract_never_raises_and_every_record_is_grounded(text: str) -> None:
    from mengke.plugins import make_plugin_host

    host: PluginHost = make_plugin_host(load_entrypoints=False)
    got = host.extract(make_article(text))
    assert_grounded(got, text)
