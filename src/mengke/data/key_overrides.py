"""Romanisations pypinyin gets wrong for our words: phrase or character -> key text."""

OVERRIDES: dict[str, str] = {
    "内蒙古": "neimenggu",
    "呼和浩特": "huhehaote",
    "鄂尔多斯": "eerduosi",
    "巴彦淖尔": "bayannaoer",
    "锡林郭勒": "xilinguole",
    "阿拉善": "alashan",
}
