"""Word output in the official layout: fonts Chinese Word actually uses, GB/T 9704 page, numbering."""

from __future__ import annotations

import datetime as dt
import importlib.util
import io
import os
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Pt

from partyplan.errors import ExportTargetError
from partyplan.reports import official_docx as od

ROOT = Path(__file__).resolve().parents[2]
THEME_ATTRIBUTES = [qn(a) for a in od.THEME_ATTRIBUTES]
MARGINS_MM = {"top_margin": 37, "bottom_margin": 35, "left_margin": 28, "right_margin": 26}


def build_sample() -> docx.document.Document:
    doc = od.new_document()
    od.add_title(doc, "柳北桥社区党支部2027年度工作计划")
    od.add_heading(doc, 1, "指导思想")
    od.add_paragraph(doc, "坚持以人民为中心，围绕社区治理重点任务，扎实做好2027年各项工作。")
    od.add_heading(doc, 1, "主要任务")
    od.add_heading(doc, 2, "加强组织建设")
    od.add_heading(doc, 3, "按月召开支部委员会。")
    od.add_heading(doc, 3, "每季度召开党员大会。")
    od.add_heading(doc, 2, "服务居民群众")
    rows = [(f"{i}", f"第{i}项工作", "2027年1月", "张三") for i in range(1, 31)]
    od.add_table(doc, ["序号", "工作内容", "完成时间", "责任人"], rows, [15, 85, 30, 26])
    od.add_signature(doc, "中共柳北桥社区支部委员会", dt.date(2026, 11, 22))
    od.add_page_number_footer(doc)
    return doc


@pytest.fixture
def saved(tmp_path: Path) -> docx.document.Document:
    path = od.save(build_sample(), tmp_path / "计划.docx")
    return docx.Document(str(path))


def used_style_ids(doc: docx.document.Document) -> set[str]:
    footers = [f._element for s in doc.sections for f in (s.footer, s.even_page_footer)]
    parts = [doc.element, *footers]
    found = {"Normal"}  # paragraphs without w:pStyle use the default style
    for part in parts:
        for tag in ("w:pStyle", "w:rStyle", "w:tblStyle"):
            found.update(e.get(qn("w:val")) for e in part.iter(qn(tag)))
    return found


def test_every_used_style_names_an_east_asian_font(saved) -> None:  # type: ignore[no-untyped-def]
    styles = saved.styles.element
    ids = used_style_ids(saved)
    assert {"Title", "Heading1", "Heading2", "Heading3", "BodyText", "TableText", "Footer"} <= ids
    for style_id in ids:
        rfonts = styles.get_by_id(style_id).find(f"{qn('w:rPr')}/{qn('w:rFonts')}")
        assert rfonts is not None and rfonts.get(qn("w:eastAsia")), style_id
    defaults = styles.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:rFonts')}")
    assert defaults.get(qn("w:eastAsia")) == od.FONTS["body"]
    everywhere = [*styles.iter(qn("w:rFonts")), *saved.element.iter(qn("w:rFonts"))]
    assert not [dict(e.attrib) for e in everywhere if any(a in e.attrib for a in THEME_ATTRIBUTES)]


def test_fonts_per_style(saved) -> None:  # type: ignore[no-untyped-def]
    def east_asian(style_id: str) -> str:
        return saved.styles.element.get_by_id(style_id).find(f"{qn('w:rPr')}/{qn('w:rFonts')}").get(qn("w:eastAsia"))

    assert [east_asian(s) for s in ("Normal", "Title", "Heading1", "Heading2", "Heading3")] == [
        "仿宋_GB2312", "方正小标宋简体", "黑体", "楷体_GB2312", "仿宋_GB2312"]  # fmt: skip
    assert (saved.styles["Normal"].font.size.pt, saved.styles["Title"].font.size.pt) == (16, 22)
    assert saved.styles["Heading 3"].font.bold and not saved.styles["Heading 1"].font.bold
    assert saved.styles["Normal"].paragraph_format.line_spacing.pt == 28  # a Length: "exactly"


def test_fonts_can_be_renamed_without_rebuilding_the_template() -> None:
    doc = od.new_document({"body": "仿宋", "title": "宋体"})
    assert doc.styles["Normal"].element.rPr.rFonts.get(qn("w:eastAsia")) == "仿宋"
    assert doc.styles["Title"].font.bold  # 宋体 standing in for 小标宋 needs bold


def test_page_is_a4_with_gbt_9704_margins(saved) -> None:  # type: ignore[no-untyped-def]
    section = saved.sections[0]
    assert section.page_width.mm == pytest.approx(210, abs=0.5)
    assert section.page_height.mm == pytest.approx(297, abs=0.5)
    for name, expected in MARGINS_MM.items():
        assert getattr(section, name).mm == pytest.approx(expected, abs=0.5), name


def test_footer_holds_page_fields_odd_right_even_left(saved) -> None:  # type: ignore[no-untyped-def]
    section = saved.sections[0]
    assert saved.settings.odd_and_even_pages_header_footer
    for footer, alignment in ((section.footer, "right"), (section.even_page_footer, "left")):
        xml = footer._element.xml
        assert "<w:instrText xml:space=\"preserve\"> PAGE </w:instrText>" in xml
        kinds = [e.get(qn("w:fldCharType")) for e in footer._element.iter(qn("w:fldChar"))]
        assert kinds == ["begin", "separate", "end"]
        paragraph = footer.paragraphs[0]
        assert paragraph.text == "— 1 —" and paragraph.alignment.name.lower() == alignment
    assert saved.styles["Footer"].font.size.pt == 14


def test_table_repeats_its_header_and_every_cell_has_a_width(saved) -> None:  # type: ignore[no-untyped-def]
    table = saved.tables[0]
    assert len(table.rows) == 31
    assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    assert all(r._tr.trPr is None or r._tr.trPr.find(qn("w:tblHeader")) is None for r in table.rows[1:])
    widths = [tc.find(f"{qn('w:tcPr')}/{qn('w:tcW')}") for tc in table._tbl.iter(qn("w:tc"))]
    assert len(widths) == 31 * 4 and all(w is not None and int(w.get(qn("w:w"))) > 0 for w in widths)
    assert [round(c.width.mm) for c in table.rows[5].cells] == [15, 85, 30, 26]
    assert table._tbl.tblPr.find(qn("w:tblBorders")) is not None
    assert table.rows[0].cells[1].text == "工作内容" and table.rows[30].cells[1].text == "第30项工作"


def test_headings_are_numbered_per_parent(saved) -> None:  # type: ignore[no-untyped-def]
    headings = [p.text for p in saved.paragraphs if p.style.name.startswith("Heading")]
    assert headings == ["一、指导思想", "二、主要任务", "（一）加强组织建设", "1.按月召开支部委员会。",
                        "2.每季度召开党员大会。", "（二）服务居民群众"]  # fmt: skip
    assert saved.paragraphs[0].style.name == "Title"


def test_signature_gives_office_and_date(saved) -> None:  # type: ignore[no-untyped-def]
    office, date = saved.paragraphs[-2:]
    assert (office.text, date.text) == ("中共柳北桥社区支部委员会", "2026年11月22日")
    assert office.alignment.name == date.alignment.name == "RIGHT"
    assert office.paragraph_format.right_indent.pt == 64  # the longer line: four characters in
    assert date.paragraph_format.right_indent.pt == 64 + 16 * 2.5  # 7 characters centred under 12


@pytest.mark.parametrize(
    ("number", "text"), [(1, "一"), (10, "十"), (11, "十一"), (20, "二十"), (21, "二十一"), (99, "九十九")]
)
def test_chinese_numerals(number: int, text: str) -> None:
    assert od.chinese_numeral(number) == text


def test_numbering_restarts_below_a_new_parent() -> None:
    numbering = od.Numbering()
    got = [numbering.next(level) for level in (1, 2, 3, 3, 2, 3, 1, 2, 1)]
    assert got == ["一、", "（一）", "1.", "2.", "（二）", "1.", "二、", "（一）", "三、"]
    assert numbering.set(1, 11) == "十一、" and numbering.next(1) == "十二、"
    assert numbering.next(2) == "（一）"


def test_numbering_refuses_what_it_cannot_write() -> None:
    for bad in (0, 100):
        with pytest.raises(ValueError):
            od.chinese_numeral(bad)
    with pytest.raises(ValueError):
        od.Numbering().next(4)


def test_caller_numbering_is_used(tmp_path: Path) -> None:
    doc = od.new_document()
    numbering = od.Numbering()
    numbering.set(1, 2)
    assert od.add_heading(doc, 1, "继续", numbering=numbering).text == "三、继续"
    assert od.add_heading(doc, 1, "指定", number=7).text == "七、指定"


def test_locked_target_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Word holding the file open on Windows: os.replace fails with PermissionError."""
    folder = tmp_path / "exports"
    folder.mkdir()
    path = folder / "计划.docx"
    od.save(build_sample(), path)
    before = path.read_bytes()

    def refuse(src, dst) -> None:  # type: ignore[no-untyped-def]
        raise PermissionError(13, "being used by another process")

    monkeypatch.setattr(os, "replace", refuse)
    doc = od.new_document()
    od.add_title(doc, "新的内容")
    with pytest.raises(ExportTargetError) as caught:
        od.save(doc, path)
    assert (caught.value.path, caught.value.reason) == (path, "locked")
    assert path.read_bytes() == before and [p.name for p in folder.iterdir()] == ["计划.docx"]


def test_template_is_current() -> None:
    """scripts/make_template.py rebuilds the committed template exactly: rerun it after changing it."""
    spec = importlib.util.spec_from_file_location("make_template", ROOT / "scripts" / "make_template.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    built = zipfile.ZipFile(io.BytesIO(module.build()))
    committed = zipfile.ZipFile(od.template_path())
    assert built.namelist() == committed.namelist()
    assert [built.read(n) for n in built.namelist()] == [committed.read(n) for n in committed.namelist()]
    assert "ＭＳ 明朝" not in committed.read("word/fontTable.xml").decode("utf-8")


def test_east_asian_font_on_a_single_run() -> None:
    run = od.new_document().add_paragraph().add_run("楷体强调")
    od.set_east_asian_font(run, "楷体", latin="Times New Roman")
    rfonts = run.element.rPr.rFonts
    assert (rfonts.get(qn("w:eastAsia")), rfonts.get(qn("w:ascii"))) == ("楷体", "Times New Roman")


@pytest.mark.parametrize(("families", "bold"), [
    (frozenset({"fzxiaobiaosong-b05s", "simsun"}), False),  # installed: 小标宋 is heavy by itself
    (frozenset({"方正小标宋简体"}), False),
    (frozenset({"simsun", "fangsong"}), True),  # missing: Word's 宋体 stand-in keeps the weight by bold
    (None, True),  # the system cannot be asked: assume missing (most office PCs lack it)
])
def test_the_title_keeps_its_weight_where_xiaobiaosong_is_missing(monkeypatch, families, bold) -> None:
    from partyplan.reports import fonts

    monkeypatch.setattr(fonts, "installed_families", lambda: families)
    doc = od.new_document()
    assert doc.styles["Title"].element.rPr.rFonts.get(qn("w:eastAsia")) == "方正小标宋简体"
    assert bool(doc.styles["Title"].font.bold) is bold


def test_installed_fonts_are_read_from_the_system() -> None:
    from partyplan.reports import fonts

    families = fonts.installed_families()
    if families is None:
        pytest.skip("no fontconfig on this machine")
    assert "dejavu sans" in families or any("noto" in f for f in families)
    assert fonts.is_installed("方正小标宋简体") is False  # a commercial font: not on a test machine


@pytest.mark.parametrize(("title", "lines"), [
    ("柳北桥社区党委2026年第三季度工作进展情况", ["柳北桥社区党委2026年", "第三季度工作进展情况"]),
    ("柳北桥社区党委2025—2027年发展党员工作规划", ["柳北桥社区党委2025—2027年", "发展党员工作规划"]),
    ("关于进一步加强和改进社区党建工作的实施意见和具体安排措施方案",
     ["关于进一步加强和改进社区党建工作的", "实施意见和具体安排措施方案"]),
    ("柳北桥社区党委2026年工作总结", ["柳北桥社区党委2026年工作总结"]),
])
def test_a_long_chinese_title_breaks_between_meaningful_parts(tmp_path, title, lines) -> None:
    doc = od.new_document()
    paragraph = od.add_title(doc, title, breaks=[7])
    assert paragraph.text == "\n".join(lines)
    capacity = od._line_capacity(doc, od.TITLE_PT)
    assert all(od._em_width(line) <= capacity for line in lines), "each line fits: Word adds no break"


def test_a_title_with_no_good_break_is_set_one_size_smaller() -> None:
    doc = od.new_document()
    text = "柳北桥社区党委党员志愿服务队伍建设暨先锋模范作用发挥情况"  # 26 characters, no year, no 关于
    paragraph = od.add_title(doc, text)
    assert all(run.font.size == Pt(od.TITLE_SMALLER_PT) for run in paragraph.runs)
    english = od.add_title(doc, "Liubeiqiao Community Party Committee: progress report, Q3 2026")
    assert english.text.count("\n") == 0 and english.runs[0].font.size is None, "English wraps between words"


def test_the_signature_stays_on_the_page_of_the_text_above_it() -> None:
    doc = od.new_document()
    od.add_paragraph(doc, "正文最后一段。")
    office, date = od.add_signature(doc, "柳北桥社区党委", dt.date(2026, 1, 8))
    kept = [p.paragraph_format.keep_with_next for p in doc.paragraphs]
    assert kept == [True, True, True, False], "text, blank line and office keep with the date"
    assert (office.text, date.text) == ("柳北桥社区党委", "2026年1月8日")
