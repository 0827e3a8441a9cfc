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
        <location filename="../../src/partyplan/ui/app.py" line="56" />
        <location filename="../../src/partyplan/ui/app.py" line="102" />
        <location filename="../../src/partyplan/ui/app.py" line="110" />
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/app.py" line="58" />
        <source>PartyPlan cannot open the database</source>
        <translation>PartyPlan 无法打开数据库</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/app.py" line="59" />
        <source>Choose another database file, or cancel to quit.</source>
        <translation>请选择另一个数据库文件，或取消以退出。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/app.py" line="60" />
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/app.py" line="102" />
        <source>--size must look like 1280x800</source>
        <translation>--size 的格式应为 1280x800</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/app.py" line="110" />
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../src/partyplan/cli_commands.py" line="45" />
        <source>This database already holds people; demo data is only written into a new, empty database.</source>
        <translation>该数据库中已有人员信息；演示数据只能写入新的空数据库。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/cli_commands.py" line="50" />
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/cli_commands.py" line="67" />
        <source>Demo data written to %1: %2 people, %3 plans.</source>
        <translation>演示数据已写入 %1：%2 人，%3 份计划。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/cli_commands.py" line="83" />
        <source>%1 people written to %2.</source>
        <translation>已将 %1 人写入 %2。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/cli_commands.py" line="98" />
        <source>Row %1: not imported: %2</source>
        <translation>第 %1 行：未导入：%2</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/cli_commands.py" line="101" />
        <source>already in the database</source>
        <translation>数据库中已有此人</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/cli_commands.py" line="103" />
        <source>same as row %1</source>
        <translation>与第 %1 行相同</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/cli_commands.py" line="105" />
        <source>Row %1: duplicate, skipped (%2)</source>
        <translation>第 %1 行：重复，已跳过（%2）</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/cli_commands.py" line="107" />
        <source>Columns ignored: %1</source>
        <translation>未识别的列（已忽略）：%1</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/cli_commands.py" line="110" />
        <source>%1 rows: %2 to import, %3 with problems, %4 duplicates.</source>
        <translation>共 %1 行：可导入 %2 行，有问题 %3 行，重复 %4 行。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/cli_commands.py" line="120" />
        <source>Nothing imported: add --yes to import without a question.</source>
        <translation>未导入任何数据：如需直接导入，请加上 --yes。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/cli_commands.py" line="122" />
        <source>Import %1 people? [y/N] </source>
        <translation>导入 %1 人？[y/N] </translation>
    </message>
    <message>
        <location filename="../../src/partyplan/cli_commands.py" line="124" />
        <source>Nothing imported.</source>
        <translation>未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/cli_commands.py" line="128" />
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
    <name>MainWindow</name>
    <message>
        <location filename="../../src/partyplan/ui/main_window.py" line="63" />
        <location filename="../../src/partyplan/ui/main_window.py" line="67" />
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/main_window.py" line="68" />
        <source>%1 already exists. Use File &gt; Open database to open it.</source>
        <translation>%1 已存在。请用“文件 &gt; 打开数据库”打开它。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/main_window.py" line="73" />
        <location filename="../../src/partyplan/ui/main_window.py" line="164" />
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/main_window.py" line="79" />
        <location filename="../../src/partyplan/ui/main_window.py" line="84" />
        <location filename="../../src/partyplan/ui/main_window.py" line="90" />
        <location filename="../../src/partyplan/ui/main_window.py" line="92" />
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/main_window.py" line="80" />
        <source>This database is on a PostgreSQL server; back it up on the server (pg_dump).</source>
        <translation>此数据库位于 PostgreSQL 服务器上，请在服务器上备份（pg_dump）。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/main_window.py" line="92" />
        <source>Backup written to %1.</source>
        <translation>备份已写入 %1。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/main_window.py" line="96" />
        <location filename="../../src/partyplan/ui/main_window.py" line="102" />
        <source>Import people</source>
        <translation>导入人员</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/main_window.py" line="96" />
        <source>Spreadsheets (*.xlsx *.xlsm *.csv)</source>
        <translation>表格文件 (*.xlsx *.xlsm *.csv)</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/main_window.py" line="110" />
        <source>people</source>
        <translation>人员名单</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/main_window.py" line="112" />
        <location filename="../../src/partyplan/ui/main_window.py" line="120" />
        <source>Export people</source>
        <translation>导出人员</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/main_window.py" line="112" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/main_window.py" line="123" />
        <source>%1 people written to %2.</source>
        <translation>已将 %1 人写入 %2。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/main_window.py" line="140" />
        <source>About PartyPlan</source>
        <translation>关于 PartyPlan</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/main_window.py" line="144" />
        <source>&lt;b&gt;PartyPlan&lt;/b&gt; %1&lt;br&gt;Plans, duty rosters, volunteer posts and meetings for a community or party-branch office.&lt;br&gt;&lt;br&gt;Database: %2</source>
        <translation>&lt;b&gt;PartyPlan&lt;/b&gt; %1&lt;br&gt;为社区和党支部办公室管理工作计划、值班排班、志愿岗位和会议。&lt;br&gt;&lt;br&gt;数据库：%2</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/main_window.py" line="171" />
        <source>Database on a network folder</source>
        <translation>数据库位于网络文件夹</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/main_window.py" line="175" />
        <source>%1 is on a network folder. Two computers writing the same file there can damage it. Keep the file on this computer, or let several computers share a PostgreSQL server (start PartyPlan with --db postgresql://...).</source>
        <translation>%1 位于网络文件夹中。两台电脑同时写入同一文件可能损坏数据。请把文件放在本机，或让多台电脑共用一台 PostgreSQL 服务器（用 --db postgresql://... 启动 PartyPlan）。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/main_window.py" line="187" />
        <source>%1 people imported.</source>
        <translation>已导入 %1 人。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/main_window.py" line="201" />
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/main_window.py" line="203" />
        <source>(on a network folder: see File &gt; Open database)</source>
        <translation>（位于网络文件夹：请见“文件 &gt; 打开数据库”）</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/main_window.py" line="242" />
        <source>Plans</source>
        <translation>工作计划</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/main_window.py" line="243" />
        <source>Duty Rosters</source>
        <translation>值班排班</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/main_window.py" line="244" />
        <source>Volunteer Posts</source>
        <translation>志愿岗位</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/main_window.py" line="245" />
        <source>Meetings</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/main_window.py" line="246" />
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/main_window.py" line="250" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/main_window.py" line="250" />
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/main_window.py" line="250" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/main_window.py" line="251" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/main_window.py" line="255" />
        <source>&amp;New database...</source>
        <translation>新建数据库(&amp;N)...</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/main_window.py" line="256" />
        <source>&amp;Open database...</source>
        <translation>打开数据库(&amp;O)...</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/main_window.py" line="257" />
        <source>&amp;Back up now...</source>
        <translation>立即备份(&amp;B)...</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/main_window.py" line="258" />
        <source>&amp;Import people...</source>
        <translation>导入人员(&amp;I)...</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/main_window.py" line="259" />
        <source>&amp;Export people...</source>
        <translation>导出人员(&amp;E)...</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/main_window.py" line="260" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/main_window.py" line="261" />
        <source>Office name and language...</source>
        <translation>单位名称和语言...</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/main_window.py" line="262" />
        <source>&amp;About PartyPlan</source>
        <translation>关于 PartyPlan(&amp;A)</translation>
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
        <location filename="../../src/partyplan/ui/dialogs/plan_import_dialog.py" line="72" />
        <source>Open plan document</source>
        <translation>打开计划文档</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/plan_import_dialog.py" line="72" />
        <source>Plan documents (*.txt *.docx)</source>
        <translation>计划文档 (*.txt *.docx)</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/plan_import_dialog.py" line="80" />
        <location filename="../../src/partyplan/ui/dialogs/plan_import_dialog.py" line="180" />
        <source>Import plan</source>
        <translation>导入计划</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/plan_import_dialog.py" line="96" />
        <source>Paste the plan's text on the left, or open a .txt or .docx file.</source>
        <translation>请在左侧粘贴计划文本，或打开 .txt / .docx 文件。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/plan_import_dialog.py" line="104" />
        <source>Kept as notes (%1 lines)</source>
        <translation>作为备注保留（%1 行）</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/plan_import_dialog.py" line="110" />
        <source>%1 sections, %2 items; %3 lines kept as notes. Nothing is saved until you press Import.</source>
        <translation>共 %1 个部分、%2 项任务；%3 行作为备注保留。按“导入”之前不会保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/plan_import_dialog.py" line="181" />
        <source>Open .txt or .docx file...</source>
        <translation>打开 .txt 或 .docx 文件...</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/plan_import_dialog.py" line="182" />
        <source>Paste the plan here: title, guiding text, sections and numbered items.</source>
        <translation>在此粘贴计划：标题、指导思想、各部分及编号任务。</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/plan_import_dialog.py" line="183" />
        <source>Year and kind</source>
        <translation>年度和类型</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/plan_import_dialog.py" line="183" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/plan_import_dialog.py" line="183" />
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../src/partyplan/ui/dialogs/plan_import_dialog.py" line="188" />
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
