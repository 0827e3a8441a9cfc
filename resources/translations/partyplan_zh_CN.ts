<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActualDialog</name>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/target_dialogs.py" line="108" />
        <source>Value (%1)</source>
        <translation>数值（%1）</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/target_dialogs.py" line="109" />
        <source>Measured on</source>
        <translation>统计日期</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/target_dialogs.py" line="110" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/target_dialogs.py" line="118" />
        <source>Record actual value</source>
        <translation>登记实际完成值</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../src/partyplan/ui/app.py" line="60" />
        <location filename="../../src/partyplan/ui/app.py" line="128" />
        <location filename="../../src/partyplan/ui/app.py" line="136" />
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/app.py" line="62" />
        <source>PartyPlan cannot open the database</source>
        <translation>PartyPlan 无法打开数据库</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/app.py" line="63" />
        <source>Choose another database file, or cancel to quit.</source>
        <translation>请选择另一个数据库文件，或取消以退出。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/app.py" line="64" />
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/app.py" line="128" />
        <source>--size must look like 1280x800</source>
        <translation>--size 的格式应为 1280x800</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/app.py" line="136" />
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../src/partyplan/cli_commands.py" line="47" />
        <source>This database already holds people; demo data is only written into a new, empty database.</source>
        <translation>该数据库中已有人员信息；演示数据只能写入新的空数据库。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/cli_commands.py" line="52" />
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/cli_commands.py" line="69" />
        <source>Demo data written to %1: %2 people, %3 plans, %4 monthly rosters.</source>
        <translation>演示数据已写入 %1：%2 人、%3 个计划、%4 个月的值班表。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/cli_commands.py" line="86" />
        <source>%1 people written to %2.</source>
        <translation>已将 %1 人写入 %2。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/cli_commands.py" line="101" />
        <source>Row %1: not imported: %2</source>
        <translation>第 %1 行：未导入：%2</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/cli_commands.py" line="104" />
        <source>already in the database</source>
        <translation>数据库中已有此人</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/cli_commands.py" line="106" />
        <source>same as row %1</source>
        <translation>与第 %1 行相同</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/cli_commands.py" line="108" />
        <source>Row %1: duplicate, skipped (%2)</source>
        <translation>第 %1 行：重复，已跳过（%2）</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/cli_commands.py" line="110" />
        <source>Columns ignored: %1</source>
        <translation>未识别的列（已忽略）：%1</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/cli_commands.py" line="113" />
        <source>%1 rows: %2 to import, %3 with problems, %4 duplicates.</source>
        <translation>共 %1 行：可导入 %2 行，有问题 %3 行，重复 %4 行。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/cli_commands.py" line="123" />
        <source>Nothing imported: add --yes to import without a question.</source>
        <translation>未导入任何数据：如需直接导入，请加上 --yes。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/cli_commands.py" line="125" />
        <source>Import %1 people? [y/N] </source>
        <translation>导入 %1 人？[y/N] </translation>
    </message>
    <message>
        <location filename="../../src/partyplan/cli_commands.py" line="127" />
        <source>Nothing imported.</source>
        <translation>未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/cli_commands.py" line="131" />
        <source>%1 people imported.</source>
        <translation>已导入 %1 人。</translation>
    </message>
</context>
<context>
    <name>CliPlans</name>
    <message>
        <location filename="../../src/partyplan/cli_plans.py" line="37" />
        <source>%1: %2 sections, %3 items, %4 lines kept as notes.</source>
        <translation>%1：%2 个部分，%3 项任务，%4 行作为备注保留。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/cli_plans.py" line="52" />
        <source>Saved as plan %1.</source>
        <translation>已保存为计划 %1。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/cli_plans.py" line="72" />
        <location filename="../../src/partyplan/cli_plans.py" line="85" />
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/cli_plans.py" line="72" />
        <source>give --docx OUT or --xlsx OUT</source>
        <translation>请指定 --docx 输出文件 或 --xlsx 输出文件</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/cli_plans.py" line="80" />
        <location filename="../../src/partyplan/cli_plans.py" line="83" />
        <source>Written to %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/cli_plans.py" line="86" />
        <source>there is no plan %1 (see: partyplan plan list)</source>
        <translation>没有编号为 %1 的计划（可用 partyplan plan list 查看）</translation>
    </message>
</context>
<context>
    <name>CliRosters</name>
    <message>
        <location filename="../../src/partyplan/cli_rosters.py" line="44" />
        <source>%1-%2 is published (version %3); changes need a new version in the window.</source>
        <translation>%1年%2月的值班表已发布（第 %3 版）；如需修改，请在程序窗口中创建新版本。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/cli_rosters.py" line="48" />
        <source>Warning: no confirmed public-holiday data for %1; weekends assumed.</source>
        <translation>警告：%1 年的法定节假日安排尚未确认，暂按周末休息处理。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/cli_rosters.py" line="54" />
        <source>No roster meets every rule:</source>
        <translation>无法编排出符合全部规则的值班表：</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/cli_rosters.py" line="57" />
        <source>No roster found within the time limit; try --time-limit 30.</source>
        <translation>在规定时间内未能编排出值班表；请尝试加上 --time-limit 30。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/cli_rosters.py" line="64" />
        <source>%1-%2 drawn up: %3 duties; duties per person differ by at most %4.</source>
        <translation>%1年%2月值班表已编排：共 %3 人次；每人值班次数最多相差 %4 次。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/cli_rosters.py" line="88" />
        <source>There is no roster for %1-%2 yet.</source>
        <translation>%1年%2月还没有值班表。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/cli_rosters.py" line="92" />
        <location filename="../../src/partyplan/cli_rosters.py" line="101" />
        <source>Written to %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/cli_rosters.py" line="106" />
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
</context>
<context>
    <name>CloseFollowUpDialog</name>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/duty_entry_dialog.py" line="294" />
        <source>Close follow-up</source>
        <translation>办结跟进事项</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/duty_entry_dialog.py" line="295" />
        <source>Entry</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/duty_entry_dialog.py" line="295" />
        <source>Closed on</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/duty_entry_dialog.py" line="296" />
        <source>What came of it</source>
        <translation>办理结果</translation>
    </message>
</context>
<context>
    <name>ComingSoonPage</name>
    <message>
        <location filename="../../src/partyplan/ui/coming_soon.py" line="46" />
        <source>Plans: coming in the next release</source>
        <translation>工作计划：将在下一版本提供</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/coming_soon.py" line="47" />
        <source>Duty Rosters: coming in the next release</source>
        <translation>值班排班：将在下一版本提供</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/coming_soon.py" line="48" />
        <source>Volunteer Posts: coming in the next release</source>
        <translation>志愿岗位：将在下一版本提供</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/coming_soon.py" line="49" />
        <source>Meetings: coming in the next release</source>
        <translation>会议：将在下一版本提供</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/coming_soon.py" line="53" />
        <source>Yearly work plans in quarters or sections, each item with its responsible unit, period and status; targets and progress; import of existing plan documents and export to Word.</source>
        <translation>按季度或分部分编制的年度工作计划，每项任务有责任单位、时间和状态；目标与进度；导入现有计划文档并导出为 Word。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/coming_soon.py" line="57" />
        <source>Monthly staggered-hours duty rosters drawn up fairly from the cadres' availability, with the Chinese holiday calendar, printing, Excel export and the on-duty record book.</source>
        <translation>根据干部的可值班时间公平编排每月错时值班表，结合法定节假日与调休，可打印、导出 Excel，并记录值班登记簿。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/coming_soon.py" line="61" />
        <source>Volunteer responsibility posts, the members on each post and their skills, days of service and household visits.</source>
        <translation>志愿责任岗位、各岗位成员及其特长、服务天数和入户走访。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/coming_soon.py" line="65" />
        <source>Meetings on their required cadence, attendance, minutes, resolutions and votes, the year-end democratic evaluation and minutes in Word.</source>
        <translation>按规定频次召开的各类会议、出席情况、会议记录、决议与表决、年终民主评议，以及 Word 会议纪要。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/coming_soon.py" line="73" />
        <source>Until then, keep your current sheets for this work. The people you enter in the People tab now are the ones this tab will use.</source>
        <translation>在此之前，这项工作请继续使用现有的表格。现在在“人员”页录入的人员，届时将直接用于此页。</translation>
    </message>
</context>
<context>
    <name>DutyEntryDialog</name>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/duty_entry_dialog.py" line="249" />
        <source>New entry</source>
        <translation>新增值班记录</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/duty_entry_dialog.py" line="249" />
        <source>Edit entry</source>
        <translation>编辑值班记录</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/duty_entry_dialog.py" line="251" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/duty_entry_dialog.py" line="251" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/duty_entry_dialog.py" line="251" />
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/duty_entry_dialog.py" line="252" />
        <source>Handled by</source>
        <translation>值班人</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/duty_entry_dialog.py" line="252" />
        <source>Resident</source>
        <translation>来访人</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/duty_entry_dialog.py" line="253" />
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/duty_entry_dialog.py" line="253" />
        <source>Household / address</source>
        <translation>住址/户</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/duty_entry_dialog.py" line="254" />
        <source>Matter *</source>
        <translation>事项 *</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/duty_entry_dialog.py" line="254" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/duty_entry_dialog.py" line="254" />
        <source>Answer / action</source>
        <translation>答复/处理</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/duty_entry_dialog.py" line="255" />
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/duty_entry_dialog.py" line="255" />
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/duty_entry_dialog.py" line="259" />
        <source>noted at</source>
        <translation>登记于</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/duty_entry_dialog.py" line="260" />
        <source>due by</source>
        <translation>限期至</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/duty_entry_dialog.py" line="263" />
        <source>phone, or how to reach them</source>
        <translation>电话或其他联系方式</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/duty_entry_dialog.py" line="264" />
        <source>e.g. 3-502</source>
        <translation>如 3-502</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/duty_entry_dialog.py" line="265" />
        <source>What the resident came about</source>
        <translation>来访人反映的事项</translation>
    </message>
</context>
<context>
    <name>DutyLogModel</name>
    <message>
        <location filename="../../src/partyplan/ui/models/duty_log_model.py" line="62" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/models/duty_log_model.py" line="62" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/models/duty_log_model.py" line="62" />
        <source>On duty</source>
        <translation>值班人</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/models/duty_log_model.py" line="62" />
        <source>Resident</source>
        <translation>来访人</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/models/duty_log_model.py" line="62" />
        <source>Matter</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/models/duty_log_model.py" line="63" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/models/duty_log_model.py" line="63" />
        <source>Answer</source>
        <translation>答复/处理</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/models/duty_log_model.py" line="63" />
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/models/duty_log_model.py" line="63" />
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/models/duty_log_model.py" line="64" />
        <source>Inspected</source>
        <translation>检查</translation>
    </message>
</context>
<context>
    <name>DutyLogPage</name>
    <message>
        <location filename="../../src/partyplan/ui/duty_log_page.py" line="108" />
        <source>Delete the entry of %1 about “%2”? This cannot be undone.</source>
        <translation>删除 %1 关于“%2”的记录？此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/duty_log_page.py" line="111" />
        <source>Delete %1 entries? This cannot be undone.</source>
        <translation>删除这 %1 条记录？此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/duty_log_page.py" line="112" />
        <source>Delete entries</source>
        <translation>删除记录</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/duty_log_page.py" line="118" />
        <source>Export record book</source>
        <translation>导出值班记录簿</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/duty_log_page.py" line="119" />
        <source>duty-log-%1.xlsx</source>
        <translation>值班记录簿-%1.xlsx</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/duty_log_page.py" line="120" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/duty_log_page.py" line="128" />
        <source>Written to %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/duty_log_page.py" line="212" />
        <source>Saved. The entry is not listed here because it lies outside this month or outside the filters.</source>
        <translation>已保存。该记录不在本月范围内或不符合当前筛选条件，因此未在此列出。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/duty_log_page.py" line="214" />
        <source>Record book</source>
        <translation>值班记录簿</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/duty_log_page.py" line="222" />
        <source>%1: no entries yet</source>
        <translation>%1：暂无记录</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/duty_log_page.py" line="225" />
        <source>%1 — entries: %2 · resolved: %3 · follow-ups open: %4 · inspected: %5</source>
        <translation>%1 — 记录：%2 条 · 办结率：%3 · 待跟进：%4 · 已检查：%5</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/duty_log_page.py" line="233" />
        <source>(showing %1)</source>
        <translation>（显示 %1 条）</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/duty_log_page.py" line="248" />
        <source>Open follow-ups (all months): %1</source>
        <translation>待跟进事项（所有月份）：%1</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/duty_log_page.py" line="297" />
        <source>Search words, names, phone ...</source>
        <translation>搜索内容、姓名、电话……</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/duty_log_page.py" line="298" />
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/duty_log_page.py" line="300" />
        <source>Open follow-ups only</source>
        <translation>只看待跟进</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/duty_log_page.py" line="301" />
        <source>New entry...</source>
        <translation>新增记录...</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/duty_log_page.py" line="301" />
        <source>Edit...</source>
        <translation>编辑...</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/duty_log_page.py" line="302" />
        <source>Delete...</source>
        <translation>删除...</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/duty_log_page.py" line="302" />
        <source>Close follow-up...</source>
        <translation>办结跟进...</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/duty_log_page.py" line="303" />
        <source>Mark inspected...</source>
        <translation>标记已检查...</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/duty_log_page.py" line="303" />
        <source>Excel...</source>
        <translation>Excel...</translation>
    </message>
</context>
<context>
    <name>DutyLogTexts</name>
    <message>
        <location filename="../../src/partyplan/texts/duty_log.py" line="22" />
        <source>Consultation</source>
        <translation>咨询</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/duty_log.py" line="23" />
        <source>Certificate</source>
        <translation>证明开具</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/duty_log.py" line="24" />
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/duty_log.py" line="25" />
        <source>Dispute mediation</source>
        <translation>纠纷调解</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/duty_log.py" line="26" />
        <source>Repair</source>
        <translation>报修</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/duty_log.py" line="27" />
        <source>Assistance</source>
        <translation>困难求助</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/duty_log.py" line="28" />
        <source>Suggestion</source>
        <translation>意见建议</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/duty_log.py" line="29" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/duty_log.py" line="35" />
        <source>Not needed</source>
        <translation>无需跟进</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/duty_log.py" line="36" />
        <source>Open</source>
        <translation>待跟进</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/duty_log.py" line="37" />
        <source>Closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/duty_log.py" line="48" />
        <source>The day cannot be in the future.</source>
        <translation>日期不能晚于今天。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/duty_log.py" line="49" />
        <source>A phone number has 5 to 15 digits. Other contacts (WeChat, "via the building head") may be written as words.</source>
        <translation>电话号码应为 5 到 15 位数字。其他联系方式（如微信、“请楼长转告”）可直接用文字填写。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/duty_log.py" line="51" />
        <source>Choose one of the listed categories.</source>
        <translation>请从列表中选择一个类别。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/duty_log.py" line="52" />
        <source>The follow-up cannot be due before the day of the entry.</source>
        <translation>跟进期限不能早于记录日期。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/duty_log.py" line="53" />
        <source>This entry has no open follow-up.</source>
        <translation>该记录没有待跟进事项。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/duty_log.py" line="54" />
        <source>A follow-up cannot be closed before the day of the entry.</source>
        <translation>办结日期不能早于记录日期。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/duty_log.py" line="55" />
        <source>This entry no longer exists; it may have been deleted on another computer.</source>
        <translation>该记录已不存在，可能已在其他电脑上被删除。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/duty_log.py" line="63" />
        <source>This shift type no longer exists; choose another.</source>
        <translation>该班次已不存在，请另选。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/duty_log.py" line="64" />
        <location filename="../../src/partyplan/texts/duty_log.py" line="65" />
        <source>This person is no longer in the register; choose another.</source>
        <translation>此人已不在名册中，请另选。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/duty_log.py" line="66" />
        <source>This choice no longer exists; choose another.</source>
        <translation>所选项已不存在，请另选。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/duty_log.py" line="71" />
        <source>Write down what the resident came about.</source>
        <translation>请填写来访事项。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/duty_log.py" line="72" />
        <source>Choose who inspected the book.</source>
        <translation>请选择检查人。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/duty_log.py" line="73" />
        <source>This field is required.</source>
        <translation>此项必填。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/duty_log.py" line="80" />
        <source>Overdue since %1</source>
        <translation>已逾期（%1到期）</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/duty_log.py" line="82" />
        <source>Open, due %1</source>
        <translation>待跟进（%1前）</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/duty_log.py" line="84" />
        <source>Closed %1</source>
        <translation>已办结（%1）</translation>
    </message>
</context>
<context>
    <name>FairnessModel</name>
    <message>
        <location filename="../../src/partyplan/ui/models/roster_models.py" line="131" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/models/roster_models.py" line="131" />
        <source>Duties</source>
        <translation>次数</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/models/roster_models.py" line="131" />
        <source>Rest days</source>
        <translation>休息日</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/models/roster_models.py" line="131" />
        <source>Holidays</source>
        <translation>节假日</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/models/roster_models.py" line="131" />
        <source>Days</source>
        <translation>日期</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/import_dialog.py" line="110" />
        <source>Import people from %1</source>
        <translation>从 %1 导入人员</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/import_dialog.py" line="112" />
        <source>%1 rows read: %2 to import, %3 with problems, %4 duplicates. Nothing is written until you press Import.</source>
        <translation>共读取 %1 行：可导入 %2 行，有问题 %3 行，重复 %4 行。按“导入 N 人”之前不会写入任何数据。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/import_dialog.py" line="120" />
        <source>Columns ignored: %1</source>
        <translation>未识别的列（已忽略）：%1</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/import_dialog.py" line="123" />
        <source>Import %1 people</source>
        <translation>导入 %1 人</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/import_dialog.py" line="33" />
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/import_dialog.py" line="35" />
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/import_dialog.py" line="37" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/import_dialog.py" line="59" />
        <source>Will be imported</source>
        <translation>将导入</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/import_dialog.py" line="60" />
        <source>Not imported</source>
        <translation>不导入</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/import_dialog.py" line="61" />
        <source>Duplicate, skipped</source>
        <translation>重复，跳过</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/import_dialog.py" line="68" />
        <source>Already in the database</source>
        <translation>数据库中已有此人</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/import_dialog.py" line="70" />
        <source>Same person as row %1</source>
        <translation>与第 %1 行为同一人</translation>
    </message>
</context>
<context>
    <name>InspectDialog</name>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/duty_entry_dialog.py" line="331" />
        <source>Mark inspected</source>
        <translation>标记为已检查</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/duty_entry_dialog.py" line="332" />
        <source>Entries</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/duty_entry_dialog.py" line="332" />
        <source>Inspected by *</source>
        <translation>检查人 *</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/duty_entry_dialog.py" line="333" />
        <source>Comment</source>
        <translation>检查意见</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/duty_entry_dialog.py" line="333" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/duty_entry_dialog.py" line="335" />
        <source>%1 chosen</source>
        <translation>已选 %1 条</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/duty_entry_dialog.py" line="336" />
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/duty_entry_dialog.py" line="337" />
        <source>e.g. records complete, follow up the repair</source>
        <translation>如：记录完整，请跟进报修事项</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/partyplan/ui/main_window.py" line="67" />
        <location filename="../../src/partyplan/ui/main_window.py" line="71" />
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/main_window.py" line="72" />
        <source>%1 already exists. Use File &gt; Open database to open it.</source>
        <translation>%1 已存在。请用“文件 &gt; 打开数据库”打开它。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/main_window.py" line="77" />
        <location filename="../../src/partyplan/ui/main_window.py" line="175" />
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/main_window.py" line="83" />
        <location filename="../../src/partyplan/ui/main_window.py" line="88" />
        <location filename="../../src/partyplan/ui/main_window.py" line="94" />
        <location filename="../../src/partyplan/ui/main_window.py" line="96" />
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/main_window.py" line="84" />
        <source>This database is on a PostgreSQL server; back it up on the server (pg_dump).</source>
        <translation>此数据库位于 PostgreSQL 服务器上，请在服务器上备份（pg_dump）。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/main_window.py" line="96" />
        <source>Backup written to %1.</source>
        <translation>备份已写入 %1。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/main_window.py" line="100" />
        <location filename="../../src/partyplan/ui/main_window.py" line="106" />
        <source>Import people</source>
        <translation>导入人员</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/main_window.py" line="100" />
        <source>Spreadsheets (*.xlsx *.xlsm *.csv)</source>
        <translation>表格文件 (*.xlsx *.xlsm *.csv)</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/main_window.py" line="114" />
        <source>people</source>
        <translation>人员名单</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/main_window.py" line="116" />
        <location filename="../../src/partyplan/ui/main_window.py" line="124" />
        <source>Export people</source>
        <translation>导出人员</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/main_window.py" line="116" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/main_window.py" line="127" />
        <source>%1 people written to %2.</source>
        <translation>已将 %1 人写入 %2。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/main_window.py" line="149" />
        <source>About PartyPlan</source>
        <translation>关于 PartyPlan</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/main_window.py" line="153" />
        <source>&lt;b&gt;PartyPlan&lt;/b&gt; %1&lt;br&gt;Plans, duty rosters, volunteer posts and meetings for a community or party-branch office.&lt;br&gt;&lt;br&gt;Database: %2</source>
        <translation>&lt;b&gt;PartyPlan&lt;/b&gt; %1&lt;br&gt;为社区和党支部办公室管理工作计划、值班排班、志愿岗位和会议。&lt;br&gt;&lt;br&gt;数据库：%2</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/main_window.py" line="182" />
        <source>Database on a network folder</source>
        <translation>数据库位于网络文件夹</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/main_window.py" line="186" />
        <source>%1 is on a network folder. Two computers writing the same file there can damage it. Keep the file on this computer, or let several computers share a PostgreSQL server (start PartyPlan with --db postgresql://...).</source>
        <translation>%1 位于网络文件夹中。两台电脑同时写入同一文件可能损坏数据。请把文件放在本机，或让多台电脑共用一台 PostgreSQL 服务器（用 --db postgresql://... 启动 PartyPlan）。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/main_window.py" line="198" />
        <source>%1 people imported.</source>
        <translation>已导入 %1 人。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/main_window.py" line="212" />
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/main_window.py" line="214" />
        <source>(on a network folder: see File &gt; Open database)</source>
        <translation>（位于网络文件夹：请见“文件 &gt; 打开数据库”）</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/main_window.py" line="255" />
        <source>Plans</source>
        <translation>工作计划</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/main_window.py" line="256" />
        <source>Duty Rosters</source>
        <translation>值班排班</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/main_window.py" line="257" />
        <source>Volunteer Posts</source>
        <translation>志愿岗位</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/main_window.py" line="258" />
        <source>Meetings</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/main_window.py" line="259" />
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/main_window.py" line="263" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/main_window.py" line="263" />
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/main_window.py" line="263" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/main_window.py" line="264" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/main_window.py" line="264" />
        <source>&amp;Report</source>
        <translation>报告(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/main_window.py" line="268" />
        <source>&amp;New database...</source>
        <translation>新建数据库(&amp;N)...</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/main_window.py" line="269" />
        <source>&amp;Open database...</source>
        <translation>打开数据库(&amp;O)...</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/main_window.py" line="270" />
        <source>&amp;Back up now...</source>
        <translation>立即备份(&amp;B)...</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/main_window.py" line="271" />
        <source>&amp;Import people...</source>
        <translation>导入人员(&amp;I)...</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/main_window.py" line="272" />
        <source>&amp;Export people...</source>
        <translation>导出人员(&amp;E)...</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/main_window.py" line="273" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/main_window.py" line="274" />
        <source>Office name and language...</source>
        <translation>单位名称和语言...</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/main_window.py" line="275" />
        <source>&amp;Yearly summary or quarterly report...</source>
        <translation>年度总结或季度报告(&amp;Y)...</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/main_window.py" line="276" />
        <source>&amp;About PartyPlan</source>
        <translation>关于 PartyPlan(&amp;A)</translation>
    </message>
</context>
<context>
    <name>MarkDayDialog</name>
    <message>
        <location filename="../../src/partyplan/ui/roster_calendar_page.py" line="153" />
        <source>Mark %1</source>
        <translation>标记 %1</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/roster_calendar_page.py" line="154" />
        <source>This day is a</source>
        <translation>当天为</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/roster_calendar_page.py" line="155" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/roster_calendar_page.py" line="156" />
        <source>e.g. 停电, 社区活动</source>
        <translation>如：停电、社区活动</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/member_dialog.py" line="218" />
        <source>Duty settings: %1</source>
        <translation>值班设置：%1</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/member_dialog.py" line="219" />
        <source>On duty</source>
        <translation>参加值班</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/member_dialog.py" line="219" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/member_dialog.py" line="220" />
        <source>Monthly maximum</source>
        <translation>每月上限</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/member_dialog.py" line="220" />
        <source>Not available on</source>
        <translation>不值班日</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/member_dialog.py" line="221" />
        <source>Backup (B role)</source>
        <translation>AB岗替班人</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/member_dialog.py" line="221" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/member_dialog.py" line="221" />
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/member_dialog.py" line="223" />
        <source>Takes turns on duty</source>
        <translation>参加轮流值班</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/member_dialog.py" line="225" />
        <source>other tags, e.g. experienced, driver</source>
        <translation>其他标签，如：驾驶员、医护</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/member_dialog.py" line="226" />
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/member_dialog.py" line="230" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/member_dialog.py" line="232" />
        <source>Leave and other absences</source>
        <translation>请假及其他缺勤</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/member_dialog.py" line="233" />
        <source>Wishes for particular days</source>
        <translation>特定日期的值班意愿</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/member_dialog.py" line="234" />
        <source>reason, e.g. 年假</source>
        <translation>事由，如：年假</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/member_dialog.py" line="235" />
        <location filename="../../src/partyplan/ui/dialogs/member_dialog.py" line="236" />
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/member_dialog.py" line="235" />
        <location filename="../../src/partyplan/ui/dialogs/member_dialog.py" line="236" />
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/member_dialog.py" line="238" />
        <source>Leave and wishes are saved as soon as you add or remove them; the settings above are saved with OK.</source>
        <translation>请假和值班意愿在添加或移除时即已保存；上方的设置在点击“确定”后保存。</translation>
    </message>
</context>
<context>
    <name>MonthModel</name>
    <message>
        <location filename="../../src/partyplan/ui/roster_calendar_page.py" line="109" />
        <source>Marked by the office</source>
        <translation>本单位自行标记</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/notice_dialog.py" line="60" />
        <source>Open holiday notice</source>
        <translation>打开放假通知</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/notice_dialog.py" line="61" />
        <source>Text files (*.txt *.csv);;All files (*)</source>
        <translation>文本文件 (*.txt *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/notice_dialog.py" line="78" />
        <source>Replace the public holidays already recorded for %1 with this notice? Days you marked yourself stay as marked.</source>
        <translation>用此通知替换已登记的 %1 年法定节假日安排吗？您自行标记的日子保持不变。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/notice_dialog.py" line="114" />
        <source>One line per day or date range: date, 放假/上班, name.</source>
        <translation>每行一天或一个日期范围：日期, 放假/上班, 名称。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/notice_dialog.py" line="122" />
        <source>Ready to import: public holidays %1, adjusted workdays %2.</source>
        <translation>可导入：法定节假日 %1 天，调休上班日 %2 天。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/notice_dialog.py" line="137" />
        <source>Holiday notice</source>
        <translation>放假通知</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/notice_dialog.py" line="139" />
        <source>Copy the public holidays and adjusted workdays from the State Council notice, one line each. They replace the year's holidays; days you marked yourself stay as marked.</source>
        <translation>请按国务院放假通知录入法定节假日和调休上班日，每行一条。录入内容将替换该年度的节假日安排；您自行标记的日子保持不变。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/notice_dialog.py" line="141" />
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/notice_dialog.py" line="142" />
        <source>Open file...</source>
        <translation>打开文件...</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/notice_dialog.py" line="143" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/notice_dialog.py" line="144" />
        <source>For example:</source>
        <translation>例如：</translation>
    </message>
</context>
<context>
    <name>PeoplePicker</name>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/people_picker.py" line="17" />
        <source>Choose people</source>
        <translation>选择人员</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/people_picker.py" line="32" />
        <source>Search</source>
        <translation>搜索</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <location filename="../../src/partyplan/ui/people_tab.py" line="89" />
        <source>Delete %1? People already named in records (duties, meetings, posts) are archived instead, so that those records stay complete.</source>
        <translation>删除 %1？已在值班、会议、岗位等记录中出现的人员将改为归档，以保持这些记录完整。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/people_tab.py" line="92" />
        <location filename="../../src/partyplan/ui/people_tab.py" line="98" />
        <source>Delete people</source>
        <translation>删除人员</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/people_tab.py" line="99" />
        <source>%1 deleted; %2 archived because records refer to them.</source>
        <translation>已删除 %1 人；%2 人因有相关记录而改为归档。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/people_tab.py" line="191" />
        <source>Showing %1 of %2 people (%3 archived)</source>
        <translation>显示 %1 人，共 %2 人（已归档 %3 人）</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/people_tab.py" line="203" />
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/people_tab.py" line="203" />
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/people_tab.py" line="212" />
        <source>Search name, phone, address, unit ...</source>
        <translation>搜索姓名、电话、地址、单位……</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/people_tab.py" line="213" />
        <source>All roles</source>
        <translation>全部身份</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/people_tab.py" line="215" />
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/people_tab.py" line="216" />
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/people_tab.py" line="217" />
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/people_tab.py" line="219" />
        <source>Add person...</source>
        <translation>新增人员...</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/people_tab.py" line="220" />
        <source>Edit...</source>
        <translation>编辑...</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/people_tab.py" line="221" />
        <source>Delete...</source>
        <translation>删除...</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/people_tab.py" line="222" />
        <source>Import...</source>
        <translation>导入...</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/people_tab.py" line="223" />
        <source>Export...</source>
        <translation>导出...</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/person_dialog.py" line="191" />
        <source>New person</source>
        <translation>新增人员</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/person_dialog.py" line="191" />
        <source>Edit person</source>
        <translation>编辑人员</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/person_dialog.py" line="197" />
        <location filename="../../src/partyplan/ui/dialogs/person_dialog.py" line="198" />
        <source>(not given)</source>
        <translation>（未填）</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/person_dialog.py" line="201" />
        <source>resident ID or member number (optional)</source>
        <translation>身份证号或编号（选填）</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/person_dialog.py" line="202" />
        <source>e.g. 3-502</source>
        <translation>如 3-502</translation>
    </message>
</context>
<context>
    <name>PlanActions</name>
    <message>
        <location filename="../../src/partyplan/ui/plan_actions.py" line="52" />
        <source>Delete the plan “%1” with all its sections, items, notes and targets? This cannot be undone.</source>
        <translation>删除计划“%1”及其全部部分、任务、进展记录和目标？此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/plan_actions.py" line="54" />
        <source>Delete plan</source>
        <translation>删除计划</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/plan_actions.py" line="62" />
        <location filename="../../src/partyplan/ui/plan_actions.py" line="68" />
        <source>Copy to year</source>
        <translation>复制到年度</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/plan_actions.py" line="63" />
        <source>Copy this plan into the year (items start again as not started; recurring items are kept):</source>
        <translation>将本计划复制到以下年度（任务重新设为未开始，周期性任务保留）：</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/plan_actions.py" line="68" />
        <source>Enter a year such as 2027.</source>
        <translation>请输入年份，如 2027。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/plan_actions.py" line="81" />
        <source>Word document (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/plan_actions.py" line="86" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/plan_actions.py" line="95" />
        <location filename="../../src/partyplan/ui/plan_actions.py" line="103" />
        <location filename="../../src/partyplan/ui/plan_actions.py" line="105" />
        <source>Export plan</source>
        <translation>导出计划</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/plan_actions.py" line="105" />
        <source>Written to %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/plan_actions.py" line="115" />
        <source>New section</source>
        <translation>新部分</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/plan_actions.py" line="115" />
        <source>Add section</source>
        <translation>添加部分</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/plan_actions.py" line="127" />
        <location filename="../../src/partyplan/ui/plan_actions.py" line="133" />
        <source>Add item</source>
        <translation>添加任务</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/plan_actions.py" line="127" />
        <source>Add a section first, then items into it.</source>
        <translation>请先添加一个部分，再在其中添加任务。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/plan_actions.py" line="133" />
        <source>New item</source>
        <translation>新任务</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/plan_actions.py" line="141" />
        <source>Delete section</source>
        <translation>删除部分</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/plan_actions.py" line="141" />
        <source>Delete item</source>
        <translation>删除任务</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/plan_actions.py" line="155" />
        <source>Responsible people</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/plan_actions.py" line="176" />
        <source>Record actual value</source>
        <translation>登记实际完成值</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/plan_actions.py" line="177" />
        <source>This target's actual value is computed from the People register; edit the target to type values in instead.</source>
        <translation>该目标的实际值由人员名册自动计算；如需手工填写，请编辑该目标。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/plan_actions.py" line="186" />
        <source>Delete target</source>
        <translation>删除目标</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/plan_actions.py" line="187" />
        <source>Delete the target “%1”?</source>
        <translation>删除目标“%1”？</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/plan_dialog.py" line="108" />
        <source>New plan</source>
        <translation>新建计划</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/plan_dialog.py" line="108" />
        <source>Edit plan</source>
        <translation>编辑计划</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/plan_dialog.py" line="109" />
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/plan_dialog.py" line="109" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/plan_dialog.py" line="109" />
        <source>Title *</source>
        <translation>标题 *</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/plan_dialog.py" line="110" />
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/plan_dialog.py" line="110" />
        <source>Guiding text</source>
        <translation>指导思想</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/plan_dialog.py" line="112" />
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/plan_dialog.py" line="113" />
        <source>e.g. 2027年社区党委工作计划</source>
        <translation>如：2027年社区党委工作计划</translation>
    </message>
</context>
<context>
    <name>PlanImportDialog</name>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/plan_import_dialog.py" line="79" />
        <source>Open plan document</source>
        <translation>打开计划文档</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/plan_import_dialog.py" line="79" />
        <source>Plan documents (*.txt *.docx)</source>
        <translation>计划文档 (*.txt *.docx)</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/plan_import_dialog.py" line="87" />
        <location filename="../../src/partyplan/ui/dialogs/plan_import_dialog.py" line="190" />
        <source>Import plan</source>
        <translation>导入计划</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/plan_import_dialog.py" line="103" />
        <source>Paste the plan's text on the left, or open a .txt or .docx file.</source>
        <translation>请在左侧粘贴计划文本，或打开 .txt / .docx 文件。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/plan_import_dialog.py" line="114" />
        <source>Kept as notes (%1 lines)</source>
        <translation>作为备注保留（%1 行）</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/plan_import_dialog.py" line="120" />
        <source>%1 sections, %2 items; %3 lines kept as notes. Nothing is saved until you press Import.</source>
        <translation>共 %1 个部分、%2 项任务；%3 行作为备注保留。按“导入”之前不会保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/plan_import_dialog.py" line="191" />
        <source>Open .txt or .docx file...</source>
        <translation>打开 .txt 或 .docx 文件...</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/plan_import_dialog.py" line="192" />
        <source>Paste the plan here: title, guiding text, sections and numbered items.</source>
        <translation>在此粘贴计划：标题、指导思想、各部分及编号任务。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/plan_import_dialog.py" line="193" />
        <source>Year and kind</source>
        <translation>年度和类型</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/plan_import_dialog.py" line="193" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/plan_import_dialog.py" line="193" />
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/plan_import_dialog.py" line="198" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
</context>
<context>
    <name>PlanItemPanel</name>
    <message>
        <location filename="../../src/partyplan/ui/plan_item_panel.py" line="312" />
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/plan_item_panel.py" line="312" />
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/plan_item_panel.py" line="312" />
        <source>Responsible unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/plan_item_panel.py" line="313" />
        <source>Responsible people</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/plan_item_panel.py" line="313" />
        <source>Period</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/plan_item_panel.py" line="313" />
        <source>Repeats</source>
        <translation>重复</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/plan_item_panel.py" line="314" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/plan_item_panel.py" line="314" />
        <source>completed on</source>
        <translation>完成于</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/plan_item_panel.py" line="314" />
        <source>Each period</source>
        <translation>各期完成情况</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/plan_item_panel.py" line="315" />
        <source>Progress notes</source>
        <translation>进展记录</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/plan_item_panel.py" line="315" />
        <source>Section</source>
        <translation>部分</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/plan_item_panel.py" line="316" />
        <location filename="../../src/partyplan/ui/plan_item_panel.py" line="326" />
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/plan_item_panel.py" line="316" />
        <source>Section text</source>
        <translation>部分说明</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/plan_item_panel.py" line="320" />
        <source>Select a section or an item to see and change its details.</source>
        <translation>选择一个部分或任务，在此查看和修改详情。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/plan_item_panel.py" line="321" />
        <source>Choose...</source>
        <translation>选择...</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/plan_item_panel.py" line="322" />
        <source>Add note</source>
        <translation>添加记录</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/plan_item_panel.py" line="323" />
        <source>Delete note</source>
        <translation>删除记录</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/plan_item_panel.py" line="324" />
        <source>What was done, decided or is still open</source>
        <translation>做了什么、定了什么、还有什么未办</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/plan_item_panel.py" line="326" />
        <source>No set period</source>
        <translation>不限时间</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/plan_item_panel.py" line="327" />
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/plan_item_panel.py" line="327" />
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/plan_item_panel.py" line="330" />
        <source>Whole year</source>
        <translation>全年</translation>
    </message>
</context>
<context>
    <name>PlanTexts</name>
    <message>
        <location filename="../../src/partyplan/texts/plans.py" line="16" />
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/plans.py" line="17" />
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/plans.py" line="18" />
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/plans.py" line="19" />
        <source>Postponed</source>
        <translation>已推迟</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/plans.py" line="20" />
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/plans.py" line="26" />
        <source>Annual plan</source>
        <translation>年度计划</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/plans.py" line="27" />
        <source>Work points</source>
        <translation>工作要点</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/plans.py" line="28" />
        <source>Multi-year plan</source>
        <translation>多年规划</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/plans.py" line="34" />
        <source>Once</source>
        <translation>一次性</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/plans.py" line="35" />
        <source>Every quarter</source>
        <translation>每季度</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/plans.py" line="36" />
        <source>Every month</source>
        <translation>每月</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/plans.py" line="42" />
        <source>at least</source>
        <translation>不少于</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/plans.py" line="43" />
        <source>at most</source>
        <translation>不超过</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/plans.py" line="44" />
        <source>about</source>
        <translation>约</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/plans.py" line="45" />
        <source>exactly</source>
        <translation>等于</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/plans.py" line="50" />
        <source>Q%1</source>
        <translation>第%1季度</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/plans.py" line="54" />
        <source>Month %1</source>
        <translation>%1月</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/plans.py" line="61" />
        <source>by %1</source>
        <translation>%1前</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/plans.py" line="71" />
        <source>typed in</source>
        <translation>手工填写</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/plans.py" line="72" />
        <source>New party members this year (from People)</source>
        <translation>本年新发展党员数（取自人员名册）</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/plans.py" line="73" />
        <source>Share of women among new members, % (from People)</source>
        <translation>新党员中女性比例 %（取自人员名册）</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/plans.py" line="74" />
        <source>Share under 35 among new members, % (from People)</source>
        <translation>新党员中35岁以下比例 %（取自人员名册）</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/plans.py" line="75" />
        <source>Party members now (from People)</source>
        <translation>现有党员数（取自人员名册）</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/plans.py" line="81" />
        <source>This field is required.</source>
        <translation>此项必填。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/plans.py" line="82" />
        <source>Enter a year between 1949 and 2200.</source>
        <translation>请输入 1949 至 2200 之间的年份。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/plans.py" line="83" />
        <source>The last year cannot be before the first year.</source>
        <translation>结束年度不能早于开始年度。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/plans.py" line="84" />
        <source>A quarter is 1 to 4.</source>
        <translation>季度应为 1 至 4。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/plans.py" line="85" />
        <source>A month is 1 to 12.</source>
        <translation>月份应为 1 至 12。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/plans.py" line="86" />
        <source>Unknown measure.</source>
        <translation>未知的统计项。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/plans.py" line="87" />
        <source>This period does not belong to the item.</source>
        <translation>该期次不属于此任务。</translation>
    </message>
</context>
<context>
    <name>PlanTreeModel</name>
    <message>
        <location filename="../../src/partyplan/ui/models/plan_tree.py" line="130" />
        <source>Section / item</source>
        <translation>部分 / 任务</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/models/plan_tree.py" line="131" />
        <source>Responsible</source>
        <translation>责任单位/人</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/models/plan_tree.py" line="132" />
        <source>Period</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/models/plan_tree.py" line="133" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/models/plan_tree.py" line="134" />
        <source>Progress / completed</source>
        <translation>进度 / 完成日期</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/models/plan_tree.py" line="290" />
        <source>%1 of %2 done</source>
        <translation>已完成 %1/%2</translation>
    </message>
</context>
<context>
    <name>PlansTab</name>
    <message>
        <location filename="../../src/partyplan/ui/plans_tab.py" line="299" />
        <location filename="../../src/partyplan/ui/plans_tab.py" line="302" />
        <location filename="../../src/partyplan/ui/plans_tab.py" line="306" />
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/plans_tab.py" line="315" />
        <source>Move</source>
        <translation>移动</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/plans_tab.py" line="342" />
        <source>Whole plan</source>
        <translation>全年计划</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/plans_tab.py" line="379" />
        <location filename="../../src/partyplan/ui/plans_tab.py" line="386" />
        <source>New plan...</source>
        <translation>新建计划...</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/plans_tab.py" line="379" />
        <source>Edit plan...</source>
        <translation>编辑计划...</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/plans_tab.py" line="380" />
        <source>Import...</source>
        <translation>导入...</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/plans_tab.py" line="380" />
        <source>Copy to year...</source>
        <translation>复制到年度...</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/plans_tab.py" line="381" />
        <source>Word...</source>
        <translation>Word...</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/plans_tab.py" line="381" />
        <source>Excel...</source>
        <translation>Excel...</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/plans_tab.py" line="382" />
        <source>Delete plan...</source>
        <translation>删除计划...</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/plans_tab.py" line="382" />
        <source>Add section</source>
        <translation>添加部分</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/plans_tab.py" line="383" />
        <source>Add item</source>
        <translation>添加任务</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/plans_tab.py" line="383" />
        <location filename="../../src/partyplan/ui/plans_tab.py" line="385" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/plans_tab.py" line="383" />
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/plans_tab.py" line="384" />
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/plans_tab.py" line="384" />
        <source>Add target...</source>
        <translation>添加目标...</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/plans_tab.py" line="384" />
        <source>Edit...</source>
        <translation>编辑...</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/plans_tab.py" line="385" />
        <source>Record actual...</source>
        <translation>登记完成值...</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/plans_tab.py" line="386" />
        <source>Import a plan document...</source>
        <translation>导入计划文档...</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/plans_tab.py" line="390" />
        <source>Export the plan as a Word document</source>
        <translation>将计划导出为 Word 文档</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/plans_tab.py" line="391" />
        <source>Export a progress table to Excel</source>
        <translation>将进度表导出为 Excel</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/plans_tab.py" line="392" />
        <source>Search items and notes</source>
        <translation>搜索任务和记录</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/plans_tab.py" line="393" />
        <source>Responsible unit or person</source>
        <translation>责任单位或责任人</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/plans_tab.py" line="394" />
        <source>Overdue only</source>
        <translation>只看逾期</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/plans_tab.py" line="395" />
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/plans_tab.py" line="396" />
        <source>No plans yet</source>
        <translation>还没有计划</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/plans_tab.py" line="398" />
        <source>Start a new plan for the year, or import the plan you already wrote: paste its text or open the .txt or .docx file, check the preview, and it becomes a plan whose items you can track.</source>
        <translation>新建本年度计划，或导入已写好的计划：粘贴文本或打开 .txt / .docx 文件，核对预览后，它就成为可逐项跟踪的计划。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/plans_tab.py" line="400" />
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/plans_tab.py" line="402" />
        <source>Any quarter</source>
        <translation>全部季度</translation>
    </message>
</context>
<context>
    <name>RosterCalendarPage</name>
    <message>
        <location filename="../../src/partyplan/ui/roster_calendar_page.py" line="268" />
        <source>MMMM yyyy</source>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/roster_calendar_page.py" line="288" />
        <source>Previous month</source>
        <translation>上个月</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/roster_calendar_page.py" line="289" />
        <source>Next month</source>
        <translation>下个月</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/roster_calendar_page.py" line="290" />
        <source>Mark day...</source>
        <translation>标记日期...</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/roster_calendar_page.py" line="291" />
        <source>Clear mark</source>
        <translation>清除标记</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/roster_calendar_page.py" line="292" />
        <source>Enter holiday notice...</source>
        <translation>录入放假通知...</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/roster_calendar_page.py" line="293" />
        <source>Green: rest day. Red: public holiday. Yellow with 班: a weekend day that is worked to make up for a holiday. Bold: marked by the office.</source>
        <translation>绿色：休息日。红色：法定节假日。黄色带“班”字：因节假日调休而上班的周末。粗体：本单位自行标记。</translation>
    </message>
</context>
<context>
    <name>RosterCellDialog</name>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/roster_cell_dialog.py" line="20" />
        <source>Duty on %1</source>
        <translation>%1 值班</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/roster_cell_dialog.py" line="36" />
        <source>Lock this duty (regenerating keeps it)</source>
        <translation>锁定此班（重新生成时保留）</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/roster_cell_dialog.py" line="38" />
        <source>%1, %2: needs %3</source>
        <translation>%1，%2：需要 %3 人</translation>
    </message>
</context>
<context>
    <name>RosterExplain</name>
    <message>
        <location filename="../../src/partyplan/texts/roster_explain.py" line="19" />
        <source>%1/%2</source>
        <translation>%1月%2日</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/roster_explain.py" line="25" />
        <source>%1 %2 needs %3 %4, only %5 available</source>
        <translation>%1 %2 需要 %3 名%4，仅 %5 人可排</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/roster_explain.py" line="28" />
        <source>%1 %2 needs %3, only %5 available</source>
        <translation>%1 %2 需要 %3 人，仅 %5 人可排</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/roster_explain.py" line="40" />
        <source>... and %1 more duties like these.</source>
        <translation>……另有 %1 个班次存在类似情况。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/roster_explain.py" line="44" />
        <source>The month needs %1 duties but the people available can take at most %2 (monthly maximums, leave and rest days between duties).</source>
        <translation>本月共需值班 %1 人次，但可值班人员最多只能承担 %2 人次（受每月上限、请假和两次值班间隔的限制）。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/roster_explain.py" line="47" />
        <source>The month needs %1 duties by a %3 but they can take at most %2.</source>
        <translation>本月需由%3值班 %1 人次，但符合条件的人员最多只能承担 %2 人次。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/roster_explain.py" line="51" />
        <source>The rules cannot all be met together this month (for example, too few people for duties on consecutive days). Allow more duties per person, add people, or lock some duties by hand.</source>
        <translation>本月的各项规则无法同时满足（例如连续多天都要值班，但人手不足）。请放宽每人值班次数、增加值班人员，或手工锁定部分班次。</translation>
    </message>
</context>
<context>
    <name>RosterGridModel</name>
    <message>
        <location filename="../../src/partyplan/ui/models/roster_models.py" line="51" />
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/models/roster_models.py" line="94" />
        <source>Locked: regenerating keeps this cell.</source>
        <translation>已锁定：重新生成时保留此格。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/models/roster_models.py" line="96" />
        <source>This shift does not run on this day.</source>
        <translation>当天不设该班次。</translation>
    </message>
</context>
<context>
    <name>RosterGridPage</name>
    <message>
        <location filename="../../src/partyplan/ui/roster_grid.py" line="105" />
        <location filename="../../src/partyplan/ui/roster_grid.py" line="115" />
        <location filename="../../src/partyplan/ui/roster_grid.py" line="216" />
        <location filename="../../src/partyplan/ui/roster_grid.py" line="264" />
        <location filename="../../src/partyplan/ui/roster_grid.py" line="464" />
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/roster_grid.py" line="106" />
        <source>This month is published. Make a new version first; its duties start locked, unlock the ones to draw up again.</source>
        <translation>本月值班表已发布。请先创建新版本；新版本中的班次初始均为锁定状态，请解锁需要重新编排的班次。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/roster_grid.py" line="110" />
        <source>Holiday data not confirmed</source>
        <translation>节假日安排尚未确认</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/roster_grid.py" line="162" />
        <source>Publish the roster for %1? It is frozen once published; later changes make a new version with a list of what changed.</source>
        <translation>发布 %1 的值班表？发布后不能再修改；之后如有改动，将生成新版本并列出改动清单。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/roster_grid.py" line="165" />
        <source>%1 duties still break a rule (shown in red).</source>
        <translation>仍有 %1 个班次不符合规则（以红色显示）。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/roster_grid.py" line="167" />
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/roster_grid.py" line="178" />
        <location filename="../../src/partyplan/ui/roster_grid.py" line="465" />
        <source>Discard draft</source>
        <translation>放弃草稿</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/roster_grid.py" line="178" />
        <source>Discard this draft? The published version, if any, stays as it is.</source>
        <translation>放弃此草稿？已发布的版本（如有）保持不变。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/roster_grid.py" line="192" />
        <source>duty-roster-%1.xlsx</source>
        <translation>值班表-%1.xlsx</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/roster_grid.py" line="194" />
        <location filename="../../src/partyplan/ui/roster_grid.py" line="201" />
        <location filename="../../src/partyplan/ui/roster_grid.py" line="204" />
        <source>Export roster</source>
        <translation>导出值班表</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/roster_grid.py" line="194" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/roster_grid.py" line="203" />
        <source>Written to %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/roster_grid.py" line="208" />
        <source>There is no confirmed public-holiday data for %1 yet, so weekends are assumed and holidays are missing. Enter the State Council notice on the Calendar page when it is published. Generate anyway?</source>
        <translation>%1 年的法定节假日安排尚未确认，暂按周末休息处理，节假日未计入。国务院放假通知发布后，请在“日历”页录入。仍要生成吗？</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/roster_grid.py" line="215" />
        <source>Drawing up a fair roster...</source>
        <translation>正在编排公平的值班表……</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/roster_grid.py" line="215" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/roster_grid.py" line="242" />
        <source>the fairest possible</source>
        <translation>已是最公平的方案</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/roster_grid.py" line="242" />
        <source>good, not proved the fairest</source>
        <translation>方案较好，但未能证明是最公平的</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/roster_grid.py" line="243" />
        <source>Roster drawn up in %1 s: duties per person differ by at most %2 (%3).</source>
        <translation>值班表已编排完成，用时 %1 秒：每人值班次数最多相差 %2 次（%3）。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/roster_grid.py" line="251" />
        <source>Generating was cancelled; nothing was changed.</source>
        <translation>已取消生成，未作任何改动。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/roster_grid.py" line="256" />
        <source>No roster meets every rule:</source>
        <translation>无法编排出符合全部规则的值班表：</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/roster_grid.py" line="259" />
        <source>No roster was found within %1 seconds. Try again, or relax a limit.</source>
        <translation>在 %1 秒内未能编排出值班表。请重试，或放宽某项限制。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/roster_grid.py" line="348" />
        <source>No confirmed public-holiday data for %1 yet: weekends are assumed and holidays are missing. Enter the State Council notice on the Calendar page.</source>
        <translation>%1 年的法定节假日安排尚未确认：暂按周末休息处理，节假日未计入。请在“日历”页录入国务院放假通知。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/roster_grid.py" line="351" />
        <source>Spread of duties (most - fewest): %1</source>
        <translation>值班次数差距（最多 - 最少）：%1</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/roster_grid.py" line="363" />
        <source>%1: no roster yet</source>
        <translation>%1：尚无值班表</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/roster_grid.py" line="364" />
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/roster_grid.py" line="364" />
        <source>published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/roster_grid.py" line="365" />
        <source>replaced by a later version</source>
        <translation>已被新版本取代</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/roster_grid.py" line="366" />
        <source>%1, version %2: %3</source>
        <translation>%1，第 %2 版：%3</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/roster_grid.py" line="369" />
        <source>(published %1)</source>
        <translation>（发布于 %1）</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/roster_grid.py" line="377" />
        <source>Version %1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/roster_grid.py" line="394" />
        <location filename="../../src/partyplan/ui/roster_grid.py" line="397" />
        <location filename="../../src/partyplan/ui/roster_grid.py" line="407" />
        <source>Edit duty</source>
        <translation>编辑值班</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/roster_grid.py" line="394" />
        <source>Generate the month first; then edit any duty by hand.</source>
        <translation>请先生成本月值班表，然后再手工调整。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/roster_grid.py" line="398" />
        <source>This version is published. Press “New version” to make changes; they are listed when you publish it.</source>
        <translation>此版本已发布。如需修改，请点击“新版本”；发布新版本时将列出所作改动。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/roster_grid.py" line="417" />
        <source>Swap duties</source>
        <translation>调换值班</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/roster_grid.py" line="424" />
        <source>Duty saved, but check it</source>
        <translation>已保存，但请核对</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/roster_grid.py" line="437" />
        <source>Edit...</source>
        <translation>编辑...</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/roster_grid.py" line="438" />
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/roster_grid.py" line="439" />
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/roster_grid.py" line="440" />
        <source>Swap with another duty...</source>
        <translation>与另一班调换...</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/roster_grid.py" line="441" />
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/roster_grid.py" line="448" />
        <source>This month is published; make a new version to change it.</source>
        <translation>本月值班表已发布；如需修改，请创建新版本。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/roster_grid.py" line="452" />
        <source>%1-%2</source>
        <translation>%1年%2月</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/roster_grid.py" line="464" />
        <source>Publish...</source>
        <translation>发布...</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/roster_grid.py" line="465" />
        <source>New version</source>
        <translation>新版本</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/roster_grid.py" line="465" />
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/roster_grid.py" line="466" />
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/roster_grid.py" line="466" />
        <source>Print preview...</source>
        <translation>打印预览...</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/roster_grid.py" line="466" />
        <source>Excel...</source>
        <translation>Excel...</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/roster_grid.py" line="469" />
        <source>Fairness: duties per person</source>
        <translation>公平性：每人值班次数</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/roster_grid.py" line="470" />
        <source>Changes in this version</source>
        <translation>本版改动</translation>
    </message>
</context>
<context>
    <name>RosterSetupPage</name>
    <message>
        <location filename="../../src/partyplan/ui/roster_setup_page.py" line="225" />
        <source>Bring back</source>
        <translation>恢复使用</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/roster_setup_page.py" line="225" />
        <source>Retire</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/roster_setup_page.py" line="229" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/roster_setup_page.py" line="229" />
        <source>On duty</source>
        <translation>参加值班</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/roster_setup_page.py" line="229" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/roster_setup_page.py" line="229" />
        <source>Monthly maximum</source>
        <translation>每月上限</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/roster_setup_page.py" line="230" />
        <source>Not available on</source>
        <translation>不值班日</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/roster_setup_page.py" line="230" />
        <source>Backup</source>
        <translation>替班人</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/roster_setup_page.py" line="230" />
        <source>Leave periods</source>
        <translation>请假次数</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/roster_setup_page.py" line="231" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/roster_setup_page.py" line="237" />
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/roster_setup_page.py" line="237" />
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/roster_setup_page.py" line="241" />
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/roster_setup_page.py" line="251" />
        <source>Shift type</source>
        <translation>班次</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/roster_setup_page.py" line="251" />
        <source>Hours</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/roster_setup_page.py" line="251" />
        <source>Runs on</source>
        <translation>适用日</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/roster_setup_page.py" line="251" />
        <source>People needed</source>
        <translation>所需人数</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/roster_setup_page.py" line="252" />
        <source>Requirement</source>
        <translation>人员要求</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/roster_setup_page.py" line="256" />
        <source>%1 (retired)</source>
        <translation>%1（已停用）</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/roster_setup_page.py" line="273" />
        <source>Cadres are on duty by default. Switch someone off, mark leaders, or set limits, weekdays and leave here; shift types say when duty is needed and by how many people.</source>
        <translation>干部默认参加值班。可在此取消某人值班、标记带班领导，或设置每月上限、不值班日和请假；班次规定何时需要值班、需要几人。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/roster_setup_page.py" line="275" />
        <source>Who serves</source>
        <translation>值班人员</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/roster_setup_page.py" line="276" />
        <source>Shift types</source>
        <translation>班次</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/roster_setup_page.py" line="277" />
        <location filename="../../src/partyplan/ui/roster_setup_page.py" line="279" />
        <source>Edit...</source>
        <translation>编辑...</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/roster_setup_page.py" line="278" />
        <source>Add...</source>
        <translation>添加...</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/roster_setup_page.py" line="280" />
        <source>Show retired</source>
        <translation>显示已停用</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/roster_setup_page.py" line="281" />
        <source>Duty phone (printed on rosters):</source>
        <translation>值班电话（印在值班表上）：</translation>
    </message>
</context>
<context>
    <name>RosterSwapDialog</name>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/roster_swap_dialog.py" line="18" />
        <source>Swap duties</source>
        <translation>调换值班</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/roster_swap_dialog.py" line="37" />
        <source>On %1 %2:</source>
        <translation>%1 %2：</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/roster_swap_dialog.py" line="39" />
        <source>swaps with:</source>
        <translation>与以下值班调换：</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/roster_swap_dialog.py" line="45" />
        <source>Both duties are locked after the swap.</source>
        <translation>调换后两处值班都会锁定。</translation>
    </message>
</context>
<context>
    <name>RosterTab</name>
    <message>
        <location filename="../../src/partyplan/ui/roster_tab.py" line="86" />
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/roster_tab.py" line="87" />
        <source>Roster</source>
        <translation>值班表</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/roster_tab.py" line="87" />
        <source>On-duty record book</source>
        <translation>值班记录簿</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/roster_tab.py" line="88" />
        <source>Who serves and shifts</source>
        <translation>人员与班次</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/roster_tab.py" line="88" />
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/roster_tab.py" line="90" />
        <source>Previous month</source>
        <translation>上个月</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/roster_tab.py" line="91" />
        <source>Next month</source>
        <translation>下个月</translation>
    </message>
</context>
<context>
    <name>RosterTexts</name>
    <message>
        <location filename="../../src/partyplan/texts/rosters.py" line="19" />
        <source>Workday</source>
        <translation>工作日</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/rosters.py" line="20" />
        <source>Rest day</source>
        <translation>休息日</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/rosters.py" line="21" />
        <source>Public holiday</source>
        <translation>法定节假日</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/rosters.py" line="28" />
        <source>Workdays</source>
        <translation>工作日</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/rosters.py" line="29" />
        <source>Rest days</source>
        <translation>休息日</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/rosters.py" line="30" />
        <source>Public holidays</source>
        <translation>法定节假日</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/rosters.py" line="39" />
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/rosters.py" line="39" />
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/rosters.py" line="39" />
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/rosters.py" line="40" />
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/rosters.py" line="40" />
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/rosters.py" line="40" />
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/rosters.py" line="41" />
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/rosters.py" line="47" />
        <source>Monday</source>
        <translation>星期一</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/rosters.py" line="47" />
        <source>Tuesday</source>
        <translation>星期二</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/rosters.py" line="48" />
        <source>Wednesday</source>
        <translation>星期三</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/rosters.py" line="48" />
        <source>Thursday</source>
        <translation>星期四</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/rosters.py" line="49" />
        <source>Friday</source>
        <translation>星期五</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/rosters.py" line="49" />
        <source>Saturday</source>
        <translation>星期六</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/rosters.py" line="49" />
        <source>Sunday</source>
        <translation>星期日</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/rosters.py" line="60" />
        <source>Leader</source>
        <translation>带班领导</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/rosters.py" line="61" />
        <source>Experienced</source>
        <translation>经验丰富</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/rosters.py" line="74" />
        <source>at least 1 leader</source>
        <translation>至少 1 名带班领导</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/rosters.py" line="76" />
        <source>at least %1 leaders</source>
        <translation>至少 %1 名带班领导</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/rosters.py" line="77" />
        <source>at least %1 marked "%2"</source>
        <translation>至少 %1 人标记为“%2”</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/rosters.py" line="81" />
        <source>would like duty</source>
        <translation>希望值班</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/rosters.py" line="81" />
        <source>would rather not</source>
        <translation>尽量不排</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/rosters.py" line="88" />
        <source>The last day of the leave cannot be before the first day.</source>
        <translation>请假结束日期不能早于开始日期。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/rosters.py" line="89" />
        <source>The end time must be later than the start time.</source>
        <translation>结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/rosters.py" line="91" />
        <source>Choose at least one kind of day.</source>
        <translation>请至少选择一类适用日。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/rosters.py" line="93" />
        <source>This field is required.</source>
        <translation>此项必填。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/rosters.py" line="94" />
        <source>There is already a shift type with this name.</source>
        <translation>已有同名班次。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/rosters.py" line="95" />
        <source>A shift needs 1 to 20 people.</source>
        <translation>每个班次需要 1 至 20 人。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/rosters.py" line="96" />
        <source>Ask for no more people than the shift needs, and say what kind (for example leader).</source>
        <translation>要求的人数不能超过该班次所需人数，并请注明人员类型（如带班领导）。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/rosters.py" line="98" />
        <source>The monthly maximum is 0 to 31 duties.</source>
        <translation>每月上限应为 0 至 31 次。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/rosters.py" line="99" />
        <source>Nobody can be their own backup: choose someone else.</source>
        <translation>不能将本人设为自己的替班人，请另选他人。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/rosters.py" line="100" />
        <source>Choose weekdays from Monday to Sunday.</source>
        <translation>请从星期一至星期日中选择。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/rosters.py" line="101" />
        <source>This no longer exists; someone may have removed it meanwhile.</source>
        <translation>该项已不存在，可能已被他人删除。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/rosters.py" line="109" />
        <source>There is nothing to import: enter one line per day or date range.</source>
        <translation>没有可导入的内容：请每行录入一天或一个日期范围。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/rosters.py" line="111" />
        <source>The file could not be read as text: save it as plain text (UTF-8 or GBK).</source>
        <translation>无法以文本方式读取该文件：请另存为纯文本（UTF-8 或 GBK 编码）。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/rosters.py" line="113" />
        <source>not a date (use 2027-01-01 or 2027-02-10~2027-02-16).</source>
        <translation>日期无效（请写成 2027-01-01 或 2027-02-10~2027-02-16）。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/rosters.py" line="114" />
        <source>after the date write 放假 (holiday), 上班 (workday) or 休息 (rest day).</source>
        <translation>日期后面请写“放假”“上班”或“休息”。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/rosters.py" line="116" />
        <source>the date is not in the year chosen above.</source>
        <translation>日期不在上方所选的年度内。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/rosters.py" line="118" />
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/rosters.py" line="128" />
        <source>%1 is on leave that day</source>
        <translation>%1 当天请假</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/rosters.py" line="129" />
        <source>%1 does not serve on that weekday</source>
        <translation>%1 每周这一天不值班</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/rosters.py" line="130" />
        <source>%1 has two duties that day</source>
        <translation>%1 当天排了两个班</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/rosters.py" line="131" />
        <source>%1 is on duty the day before or after</source>
        <translation>%1 前一天或后一天也有值班</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/rosters.py" line="132" />
        <source>%1 is over the monthly maximum of %2</source>
        <translation>%1 超过每月上限（%2 次）</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/rosters.py" line="141" />
        <source>is not a leader</source>
        <translation>不是带班领导</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/rosters.py" line="142" />
        <source>is not marked "%1"</source>
        <translation>未标记为“%1”</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/rosters.py" line="144" />
        <source>on leave</source>
        <translation>请假中</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/rosters.py" line="145" />
        <source>does not serve on that weekday</source>
        <translation>每周这一天不值班</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/rosters.py" line="146" />
        <source>at the monthly maximum</source>
        <translation>已达每月上限</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/rosters.py" line="147" />
        <source>already on duty that day</source>
        <translation>当天已有值班</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/rosters.py" line="148" />
        <source>on duty the day before or after</source>
        <translation>前一天或后一天有值班</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/rosters.py" line="149" />
        <source>the wrong number of people</source>
        <translation>人数不符</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/rosters.py" line="150" />
        <source>no longer on the duty list</source>
        <translation>已不在值班名单中</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/rosters.py" line="151" />
        <source>no such duty that day</source>
        <translation>当天没有该班次</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/rosters.py" line="158" />
        <source>There are no shift types yet: add one under Set-up first.</source>
        <translation>还没有班次：请先在“人员与班次”页添加班次。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/rosters.py" line="159" />
        <source>Nobody is on duty: switch people on under Set-up first.</source>
        <translation>没有参加值班的人员：请先在“人员与班次”页设置参加值班的人员。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/rosters.py" line="160" />
        <source>There is no roster for this month yet.</source>
        <translation>本月还没有值班表。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/rosters.py" line="167" />
        <source>No confirmed public-holiday data for %1 yet: weekends are assumed. Enter the State Council notice when it is published.</source>
        <translation>%1 年的法定节假日安排尚未确认：暂按周末休息处理。国务院放假通知发布后，请及时录入。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/rosters.py" line="171" />
        <source>Holidays from the notice you entered</source>
        <translation>节假日安排来自您录入的放假通知</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/rosters.py" line="172" />
        <source>Holidays from the package's official data</source>
        <translation>节假日安排来自软件内置的官方数据</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/rosters.py" line="177" />
        <source>this duty does not run that day</source>
        <translation>当天不设该班次</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/rosters.py" line="179" />
        <source>needs %1 people</source>
        <translation>需要 %1 人</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/rosters.py" line="180" />
        <source>needs %1 people, has %2</source>
        <translation>需要 %1 人，现有 %2 人</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/rosters.py" line="186" />
        <source>no leader on this duty</source>
        <translation>本班没有带班领导</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/rosters.py" line="187" />
        <source>needs at least %1 leaders</source>
        <translation>至少需要 %1 名带班领导</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/rosters.py" line="188" />
        <source>needs at least %1 people marked "%2"</source>
        <translation>至少需要 %1 名标记为“%2”的人员</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/settings_dialog.py" line="50" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/settings_dialog.py" line="51" />
        <source>Office name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/settings_dialog.py" line="52" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/settings_dialog.py" line="53" />
        <source>e.g. 柳北桥社区党委</source>
        <translation>如：柳北桥社区党委</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/settings_dialog.py" line="54" />
        <source>The office name is stored in the database and printed on reports; the language applies to this computer.</source>
        <translation>单位名称保存在数据库中，并打印在报表上；语言设置只对本机有效。</translation>
    </message>
</context>
<context>
    <name>ShiftTypeDialog</name>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/shift_type_dialog.py" line="140" />
        <source>New shift type</source>
        <translation>新增班次</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/shift_type_dialog.py" line="140" />
        <source>Edit shift type</source>
        <translation>编辑班次</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/shift_type_dialog.py" line="141" />
        <source>Name *</source>
        <translation>名称 *</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/shift_type_dialog.py" line="142" />
        <source>Hours</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/shift_type_dialog.py" line="143" />
        <source>Runs on</source>
        <translation>适用日</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/shift_type_dialog.py" line="144" />
        <source>People needed</source>
        <translation>所需人数</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/shift_type_dialog.py" line="145" />
        <source>Of whom at least</source>
        <translation>其中至少</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/shift_type_dialog.py" line="146" />
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/shift_type_dialog.py" line="147" />
        <source>marked</source>
        <translation>人标记为</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/shift_type_dialog.py" line="148" />
        <source>e.g. 工作日晚班</source>
        <translation>如：工作日晚班</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/shift_type_dialog.py" line="156" />
        <source>0: anyone may take this duty</source>
        <translation>设为 0 表示不限人员类型，任何人均可值此班</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/summary_dialog.py" line="78" />
        <source>work-summary-%1.docx</source>
        <translation>工作总结-%1.docx</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/summary_dialog.py" line="80" />
        <location filename="../../src/partyplan/ui/dialogs/summary_dialog.py" line="87" />
        <location filename="../../src/partyplan/ui/dialogs/summary_dialog.py" line="89" />
        <source>Write summary</source>
        <translation>生成总结</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/summary_dialog.py" line="80" />
        <source>Word document (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/summary_dialog.py" line="89" />
        <source>Written to %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/summary_dialog.py" line="160" />
        <source>Yearly summary</source>
        <translation>年度工作总结</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/summary_dialog.py" line="161" />
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/summary_dialog.py" line="161" />
        <source>Parts</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/summary_dialog.py" line="162" />
        <source>Experience and shortcomings, next year's ideas</source>
        <translation>经验与不足、下一步工作思路</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/summary_dialog.py" line="163" />
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/summary_dialog.py" line="165" />
        <source>Plan results and targets</source>
        <translation>计划完成情况与目标</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/summary_dialog.py" line="165" />
        <source>Staggered-hours duty</source>
        <translation>错时值班</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/summary_dialog.py" line="166" />
        <source>Volunteer posts and visits</source>
        <translation>志愿岗位与入户走访</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/summary_dialog.py" line="166" />
        <source>Meetings</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/summary_dialog.py" line="167" />
        <source>Charts</source>
        <translation>统计图表</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/summary_dialog.py" line="167" />
        <source>Experience and next year's ideas</source>
        <translation>经验与下一步思路</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/summary_dialog.py" line="170" />
        <source>Whole year</source>
        <translation>全年</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/summary_dialog.py" line="171" />
        <source>Quarter %1 (progress report)</source>
        <translation>第%1季度（进展情况）</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/summary_dialog.py" line="172" />
        <source>Typed here, kept with the year, printed as the last part.</source>
        <translation>在此填写，随年度保存，作为总结最后一部分。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/summary_dialog.py" line="173" />
        <source>Write .docx...</source>
        <translation>生成 Word 文档...</translation>
    </message>
</context>
<context>
    <name>TargetDialog</name>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/target_dialogs.py" line="87" />
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/target_dialogs.py" line="88" />
        <source>Indicator *</source>
        <translation>指标 *</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/target_dialogs.py" line="88" />
        <source>Comparison</source>
        <translation>比较方式</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/target_dialogs.py" line="88" />
        <source>Target value</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/target_dialogs.py" line="89" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/target_dialogs.py" line="89" />
        <source>Actual value</source>
        <translation>实际值来源</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/target_dialogs.py" line="91" />
        <source>e.g. 发展新党员</source>
        <translation>如：发展新党员</translation>
    </message>
</context>
<context>
    <name>TargetsModel</name>
    <message>
        <location filename="../../src/partyplan/ui/models/targets_model.py" line="46" />
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/models/targets_model.py" line="46" />
        <source>Aim</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/models/targets_model.py" line="46" />
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/models/targets_model.py" line="46" />
        <source>Attainment</source>
        <translation>完成率</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/models/targets_model.py" line="47" />
        <source>Actual value from</source>
        <translation>实际值来源</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../../src/partyplan/texts/__init__.py" line="19" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/__init__.py" line="20" />
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/__init__.py" line="21" />
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/__init__.py" line="22" />
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/__init__.py" line="23" />
        <source>ID / number</source>
        <translation>身份证号/编号</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/__init__.py" line="24" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/__init__.py" line="25" />
        <source>Household</source>
        <translation>户号</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/__init__.py" line="26" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/__init__.py" line="27" />
        <source>Roles</source>
        <translation>身份</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/__init__.py" line="28" />
        <source>Party category</source>
        <translation>党员类别</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/__init__.py" line="29" />
        <source>Joined the party</source>
        <translation>入党日期</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/__init__.py" line="30" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/__init__.py" line="31" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/__init__.py" line="38" />
        <source>Cadre</source>
        <translation>干部</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/__init__.py" line="39" />
        <source>Party member</source>
        <translation>党员</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/__init__.py" line="40" />
        <source>Volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/__init__.py" line="41" />
        <source>Resident representative</source>
        <translation>居民代表</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/__init__.py" line="47" />
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/__init__.py" line="51" />
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/__init__.py" line="51" />
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/__init__.py" line="56" />
        <source>Registered</source>
        <translation>在册</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/__init__.py" line="57" />
        <source>In service</source>
        <translation>在职</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/__init__.py" line="58" />
        <source>Floating</source>
        <translation>流动</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/__init__.py" line="63" />
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/__init__.py" line="63" />
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/__init__.py" line="69" />
        <source>This field is required.</source>
        <translation>此项必填。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/__init__.py" line="70" />
        <source>This is too long.</source>
        <translation>内容过长。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/__init__.py" line="71" />
        <source>A phone number has 5 to 15 digits (spaces and dashes are allowed).</source>
        <translation>电话号码应为 5 到 15 位数字（可含空格和短横线）。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/__init__.py" line="72" />
        <source>Use letters and digits only (at most 32).</source>
        <translation>只能填写字母和数字（最多 32 位）。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/__init__.py" line="73" />
        <source>This 18-digit resident ID fails its check digit; please check it.</source>
        <translation>这个 18 位身份证号的校验位不对，请核对。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/__init__.py" line="74" />
        <source>This date is in the future.</source>
        <translation>日期不能晚于今天。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/__init__.py" line="75" />
        <source>This date is before 1900.</source>
        <translation>日期不能早于 1900 年。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/__init__.py" line="76" />
        <source>This date is before the birth date.</source>
        <translation>日期不能早于出生日期。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/__init__.py" line="77" />
        <source>A person with this name and this phone or ID is already recorded.</source>
        <translation>已有同名且电话或证件号相同的人员。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/__init__.py" line="78" />
        <source>Not a date (use e.g. 1985-03-12).</source>
        <translation>不是有效日期（请写成 1985-03-12 这样的格式）。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/__init__.py" line="79" />
        <source>Gender must be male or female (男/女).</source>
        <translation>性别应为“男”或“女”。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/__init__.py" line="80" />
        <source>Unknown role (use cadre, party member, volunteer, resident representative).</source>
        <translation>无法识别的身份（可填：干部、党员、志愿者、居民代表）。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/__init__.py" line="81" />
        <source>Unknown party category (use registered, in service, floating).</source>
        <translation>无法识别的党员类别（可填：在册、在职、流动）。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/__init__.py" line="86" />
        <location filename="../../src/partyplan/texts/roster_explain.py" line="34" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/__init__.py" line="91" />
        <source>the folder does not exist</source>
        <translation>文件夹不存在</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/__init__.py" line="92" />
        <source>the location is read-only or you have no permission to write there</source>
        <translation>该位置只读，或没有写入权限</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/__init__.py" line="93" />
        <source>the file is open in another program (close it, or choose another name)</source>
        <translation>文件正被其他程序打开（请先关闭它，或换一个文件名）</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/__init__.py" line="94" />
        <source>it is a folder, not a file</source>
        <translation>这是一个文件夹，不是文件</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/__init__.py" line="95" />
        <source>the file cannot be read</source>
        <translation>文件无法读取</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/__init__.py" line="101" />
        <source>only .xlsx and .csv files can be imported</source>
        <translation>只能导入 .xlsx 和 .csv 文件</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/__init__.py" line="102" />
        <source>the file is damaged or is not a spreadsheet</source>
        <translation>文件已损坏或不是表格文件</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/__init__.py" line="103" />
        <source>no column named 姓名 or Name was found in the first rows</source>
        <translation>在前几行中没有找到“姓名”或“Name”列</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/__init__.py" line="104" />
        <source>the sheet has a header but no rows of people</source>
        <translation>表格只有表头，没有人员数据</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/__init__.py" line="110" />
        <source>it is not a text document (perhaps a picture or a program)</source>
        <translation>它不是文本文档（可能是图片或程序）</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/__init__.py" line="111" />
        <source>it holds no text</source>
        <translation>其中没有文字</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/__init__.py" line="112" />
        <source>it is too large for a plan (over 1 MB of text)</source>
        <translation>文件太大，不像一份计划（文字超过 1 MB）</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/__init__.py" line="113" />
        <source>only .txt and .docx files can be read</source>
        <translation>只能读取 .txt 和 .docx 文件</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/__init__.py" line="114" />
        <source>the Word file is damaged</source>
        <translation>Word 文件已损坏</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/__init__.py" line="115" />
        <source>the file cannot be opened</source>
        <translation>文件无法打开</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/__init__.py" line="122" />
        <source>%1 is not a PartyPlan database (or it is damaged). It was not changed.</source>
        <translation>%1 不是 PartyPlan 数据库（或已损坏）。文件未作任何改动。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/__init__.py" line="126" />
        <source>%1 is a database of another program. PartyPlan did not change it.</source>
        <translation>%1 是其他程序的数据库。PartyPlan 未作任何改动。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/__init__.py" line="131" />
        <source>%1 was written by a newer version of PartyPlan (schema %2). Install the newer version to open it; the file was not changed.</source>
        <translation>%1 由更新版本的 PartyPlan 创建（结构版本 %2）。请安装新版本后再打开；文件未作任何改动。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/__init__.py" line="136" />
        <source>Cannot use %1: %2.</source>
        <translation>无法使用 %1：%2。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/__init__.py" line="138" />
        <source>Cannot connect to the database %1: %2</source>
        <translation>无法连接数据库 %1：%2</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/__init__.py" line="141" />
        <source>Cannot write %1: %2. Nothing was changed; choose another name or folder.</source>
        <translation>无法写入 %1：%2。未作任何改动；请换一个文件名或文件夹。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/__init__.py" line="146" />
        <source>Cannot import %1: %2.</source>
        <translation>无法导入 %1：%2。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/__init__.py" line="153" />
        <source>Cannot read the plan %1: %2.</source>
        <translation>无法读取计划 %1：%2。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/texts/__init__.py" line="163" />
        <source>Unexpected error: %1</source>
        <translation>意外错误：%1</translation>
    </message>
</context>
</TS>
