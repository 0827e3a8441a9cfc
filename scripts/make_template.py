"""Write resources/templates/official.docx: the Word template every PartyPlan Word export starts from.

Rebuilt from python-docx's own default document so nobody has to edit a binary file in Word: change
the sizes below or FONTS in partyplan/reports/official_docx.py, run this script, commit the result.
The default document is fixed in three ways (NOTES.md, "Word output"; python-docx issue #1601):
its styles name theme fonts instead of real ones, its settings make the theme's East Asian language
Japanese, and its theme has an empty East Asian font, so Chinese text ends up in MS Mincho.
The output is byte-for-byte the same on every run, so a rebuild shows in review only if it changed.
"""

from __future__ import annotations

import datetime as dt
import io
import math
import sys
import zipfile
from pathlib import Path

import docx
from docx.document import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from lxml import etree

from partyplan.files import atomic_write
from partyplan.reports.official_docx import FONTS, THEME_ATTRIBUTES, apply_fonts

TARGET = Path(__file__).resolve().parents[1] / "resources" / "templates" / "official.docx"
FIXED_TIME = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)
ZIP_TIME = (2026, 1, 1, 0, 0, 0)
SIZES_PT = {"Normal": 16, "Body Text": 16, "Heading 1": 16, "Heading 2": 16, "Heading 3": 16,
            "Title": 22, "Table Text": 12, "Footer": 14}  # fmt: skip
LINE_PT = 28  # exact line spacing: 22 lines on the 225 mm high text block
MARGINS_MM = {"top": 37, "bottom": 35, "left": 28, "right": 26}  # GB/T 9704-2012
CHARS_PER_LINE = 28
LATIN_NAMES = {"仿宋": "FangSong", "宋体": "SimSun", "楷体": "KaiTi", "黑体": "SimHei"}
KEPT_PARAGRAPH_PROPERTIES = {qn("w:keepNext"), qn("w:keepLines"), qn("w:outlineLvl")}
A = "http://schemas.openxmlformats.org/drawingml/2006/main"


def build() -> bytes:
    """The template as the bytes of a .docx file."""
    doc = docx.Document()
    _drop_extra_parts(doc)
    _use_chinese_language(doc)
    _strip_theme_fonts(doc)
    _style_paragraphs(doc)
    apply_fonts(doc)
    _set_up_page(doc)
    _fit_28_characters(doc)
    _set_core_properties(doc)
    buffer = io.BytesIO()
    doc.save(buffer)
    return _rewrite_package(buffer.getvalue())


def _drop_extra_parts(doc: Document) -> None:
    """stylesWithEffects is a Word 2010 copy of the styles with the old theme fonts; the thumbnail
    would show a different document in Explorer. Neither is referenced from XML, so both can go."""
    for rId, rel in list(doc.part.rels.items()):
        if rel.reltype == "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects":
            doc.part.drop_rel(rId)
    rels = doc.part.package.rels
    for rId in [rId for rId, rel in rels.items() if rel.reltype == RT.THUMBNAIL]:
        del rels[rId]


def _use_chinese_language(doc: Document) -> None:
    """themeFontLang eastAsia ja-JP is what sends theme-font text to MS Mincho (issue #1601);
    the document defaults also speak Chinese at body size."""
    doc.settings.element.find(qn("w:themeFontLang")).set(qn("w:eastAsia"), "zh-CN")
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    rpr = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}")
    rpr.find(qn("w:lang")).set(qn("w:eastAsia"), "zh-CN")
    for size in (rpr.find(qn("w:sz")), rpr.find(qn("w:szCs"))):
        size.set(qn("w:val"), str(SIZES_PT["Normal"] * 2))  # for text no style sizes
    spacing = defaults.find(f"{qn('w:pPrDefault')}/{qn('w:pPr')}/{qn('w:spacing')}")
    spacing.set(qn("w:after"), "0")
    spacing.set(qn("w:line"), "240")


def _strip_theme_fonts(doc: Document) -> None:
    """A w:asciiTheme or w:eastAsiaTheme attribute wins over a named font: remove them all."""
    for rfonts in list(doc.styles.element.iter(qn("w:rFonts"))):
        for attribute in THEME_ATTRIBUTES:
            rfonts.attrib.pop(qn(attribute), None)
        if not rfonts.attrib:
            rfonts.getparent().remove(rfonts)


def _style_paragraphs(doc: Document) -> None:
    doc.styles.add_style("Table Text", WD_STYLE_TYPE.PARAGRAPH).base_style = doc.styles["Normal"]
    for name, size in SIZES_PT.items():
        _reset(doc, name, size)
    doc.styles["Normal"].paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    doc.styles["Normal"].paragraph_format.line_spacing = Pt(LINE_PT)  # a Length means "exactly"
    for name in ("Body Text", "Heading 1", "Heading 2", "Heading 3"):
        _indent_two_characters(doc, name)
    doc.styles["Heading 3"].font.bold = True
    title = doc.styles["Title"].paragraph_format
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.line_spacing = Pt(35)  # 22 pt characters need more than the body's 28 pt line
    title.space_after = Pt(LINE_PT)  # GB/T 9704: one empty line between title and text
    for name in ("Table Text", "Footer"):
        _off_the_grid(doc, name)


def _reset(doc: Document, name: str, size: int) -> None:
    """Forget the default look (blue headings, bordered title, tab stops), keep outline levels."""
    element = doc.styles[name].element
    for rpr in element.findall(qn("w:rPr")):
        element.remove(rpr)
    ppr = element.get_or_add_pPr()
    for child in list(ppr):
        if child.tag not in KEPT_PARAGRAPH_PROPERTIES:
            ppr.remove(child)
    doc.styles[name].font.size = Pt(size)
    doc.styles[name].paragraph_format.space_before = Pt(0)
    doc.styles[name].paragraph_format.space_after = Pt(0)


def _indent_two_characters(doc: Document, name: str) -> None:
    """firstLineChars follows the font size in Word and WPS; firstLine is the same for the others."""
    doc.styles[name].paragraph_format.first_line_indent = Pt(2 * SIZES_PT[name])
    doc.styles[name].element.pPr.get_or_add_ind().set(qn("w:firstLineChars"), "200")


def _off_the_grid(doc: Document, name: str) -> None:
    """Small text in tables and footers keeps single line spacing, even if an office turns on a grid."""
    style = doc.styles[name]
    style.paragraph_format.line_spacing = 1.0
    style.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT
    snap = style.element.pPr.makeelement(qn("w:snapToGrid"), {qn("w:val"): "0"})
    style.element.pPr.insert_element_before(snap, *_after_snap_to_grid())


def _after_snap_to_grid() -> tuple[str, ...]:
    return ("w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap",
            "w:jc", "w:textDirection", "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl",
            "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")  # fmt: skip


def _set_up_page(doc: Document) -> None:
    """A4 with the GB/T 9704 margins: a text block of 156 x 225 mm, 22 lines at 28 pt."""
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(MARGINS_MM["top"]), Mm(MARGINS_MM["bottom"])
    section.left_margin, section.right_margin = Mm(MARGINS_MM["left"]), Mm(MARGINS_MM["right"])
    section.header_distance = Mm(15)
    section.footer_distance = Mm(22)  # puts the page number about 7 mm below the text block
    section._sectPr.find(qn("w:docGrid")).set(qn("w:linePitch"), str(LINE_PT * 20))


def _fit_28_characters(doc: Document) -> None:
    """28 characters of 16 pt need 448 pt but the line has 442: condense each by a fraction of a
    point. Word's own way, a character grid with negative w:charSpace, makes LibreOffice give every
    character two grid cells (seen when converting to PDF), so plain character spacing it is."""
    text_width_pt = Mm(210 - MARGINS_MM["left"] - MARGINS_MM["right"]).pt
    squeeze = math.floor((text_width_pt / CHARS_PER_LINE - SIZES_PT["Normal"]) * 20)  # in 1/20 pt
    rpr = doc.styles["Normal"].element.get_or_add_rPr()
    spacing = rpr.makeelement(qn("w:spacing"), {qn("w:val"): str(squeeze)})
    rpr.insert_element_before(spacing, "w:w", "w:kern", "w:position", "w:sz", "w:szCs", "w:lang")


def _set_core_properties(doc: Document) -> None:
    """Fixed values, so that the file does not change from one run to the next."""
    props = doc.core_properties
    props.author = props.last_modified_by = "PartyPlan"
    props.comments = props.title = ""
    props.created = props.modified = FIXED_TIME
    props.revision = 1


def _rewrite_package(data: bytes) -> bytes:
    """Fix the theme and font table (python-docx has no API for either) and the zip timestamps."""
    fixes = {"word/theme/theme1.xml": _fix_theme, "word/fontTable.xml": _fix_font_table}
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            content = source.read(info)
            if info.filename in fixes:
                content = fixes[info.filename](content)
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(fixed, content)
    return out.getvalue()


def _fix_theme(content: bytes) -> bytes:
    """Give the theme's empty East Asian fonts (and its Simplified Chinese slot) our fonts' names."""
    root = etree.fromstring(content)
    for kind, key in (("majorFont", "heading1"), ("minorFont", "body")):
        fonts = root.find(f".//{{{A}}}{kind}")
        fonts.find(f"{{{A}}}latin").set("typeface", FONTS["latin"])
        fonts.find(f"{{{A}}}ea").set("typeface", FONTS[key])
        fonts.find(f"{{{A}}}font[@script='Hans']").set("typeface", FONTS[key])
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _fix_font_table(content: bytes) -> bytes:
    """Drop the Japanese fonts; list ours with the name Word should use when one is not installed."""
    root = etree.fromstring(content)
    for font in root.findall(qn("w:font")):
        if font.find(qn("w:charset")).get(qn("w:val")) == "80":  # Shift-JIS: ＭＳ 明朝, ＭＳ ゴシック
            root.remove(font)
    for name, alternative in _font_alternatives().items():
        font = etree.SubElement(root, qn("w:font"), {qn("w:name"): name})
        if alternative:
            etree.SubElement(font, qn("w:altName"), {qn("w:val"): alternative})
        etree.SubElement(font, qn("w:charset"), {qn("w:val"): "86"})  # GB2312
        etree.SubElement(font, qn("w:family"), {qn("w:val"): "auto"})
        etree.SubElement(font, qn("w:pitch"), {qn("w:val"): "variable"})
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _font_alternatives() -> dict[str, str]:
    """仿宋_GB2312 -> 仿宋, 宋体 -> SimSun, ...: every Chinese font we name, once, in a stable order."""
    found: dict[str, str] = {}
    for key, name in FONTS.items():
        if key.endswith("_fallback") or name == FONTS["latin"]:
            continue
        found.setdefault(name, FONTS.get(f"{key}_fallback", LATIN_NAMES.get(name, "")))
    for key, name in FONTS.items():
        if key.endswith("_fallback"):
            found.setdefault(name, LATIN_NAMES.get(name, ""))
    return found


def main() -> int:
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    data = build()
    with atomic_write(TARGET, ".docx") as temp:
        temp.write_bytes(data)
    print(f"wrote {TARGET} ({len(data)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
