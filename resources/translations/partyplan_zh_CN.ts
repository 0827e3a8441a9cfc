<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActualDialog</name>
    <message>
        <source>Value (%1)</source>
        <translation>数值（%1）</translation>
    </message>
    <message>
        <source>Measured on</source>
        <translation>统计日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Record actual value</source>
        <translation>登记实际完成值</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>PartyPlan cannot open the database</source>
        <translation>PartyPlan 无法打开数据库</translation>
    </message>
    <message>
        <source>Choose another database file, or cancel to quit.</source>
        <translation>请选择另一个数据库文件，或取消以退出。</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>--size must look like 1280x800</source>
        <translation>--size 的格式应为 1280x800</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
</context>
<context>
    <name>ArchiveDialog</name>
    <message>
        <source>Folder for the archive</source>
        <translation>选择档案存放文件夹</translation>
    </message>
    <message>
        <source>Choose an existing folder for the archive.</source>
        <translation>请选择一个已存在的文件夹存放档案。</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with a new archive? The old one stays until the new one is complete.</source>
        <translation>%1 已存在。要用新档案替换它吗？新档案全部生成之前，旧档案保持不变。</translation>
    </message>
    <message>
        <source>Writing the archive...</source>
        <translation>正在生成档案...</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>正在取消...</translation>
    </message>
    <message>
        <source>Archive of %1 written to %2: %3 files.</source>
        <translation>%1年度档案已写入 %2：共 %3 个文件。</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written and an earlier archive is unchanged.</source>
        <translation>已取消；未写入任何文件，原有档案保持不变。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Choose the folder the archive is written into.</source>
        <translation>请选择档案存放的文件夹。</translation>
    </message>
    <message>
        <source>Writes %1 (%2 files).</source>
        <translation>将生成 %1（共 %2 个文件）。</translation>
    </message>
    <message>
        <source>It exists and will be replaced.</source>
        <translation>该档案已存在，将被替换。</translation>
    </message>
    <message>
        <source>Archive year</source>
        <translation>年度归档</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Files in the archive, in binding order</source>
        <translation>档案文件（按装订顺序）</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>选择...</translation>
    </message>
    <message>
        <source>Write one .zip file instead of a folder</source>
        <translation>生成一个 .zip 压缩文件，而不是文件夹</translation>
    </message>
    <message>
        <source>Write archive</source>
        <translation>生成档案</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>e.g. %1</source>
        <translation>如：%1</translation>
    </message>
    <message>
        <source>Assign to a post</source>
        <translation>安排到岗位</translation>
    </message>
    <message>
        <source>Edit membership</source>
        <translation>编辑在岗信息</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>People *</source>
        <translation>人员 *</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Skill given</source>
        <translation>奉献技能</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>认岗时间</translation>
    </message>
    <message>
        <source>Main post</source>
        <translation>主岗位</translation>
    </message>
    <message>
        <source>this is their main post</source>
        <translation>设为其主岗位</translation>
    </message>
    <message>
        <source>Assign to a branch or party group</source>
        <translation>编入支部或党小组</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Belong to</source>
        <translation>编入</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（共 %2 人）</translation>
    </message>
    <message>
        <source>(no branch)</source>
        <translation>（不编入任何支部）</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>出席情况</translation>
    </message>
    <message>
        <source>Reason for leave</source>
        <translation>请假事由</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>表决权</translation>
    </message>
    <message>
        <source>Has voting rights (probationary members do not)</source>
        <translation>有表决权（预备党员没有表决权）</translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <source>Voter roll on %1: %2 entitled to vote; %3 attend without a vote.</source>
        <translation>%1 的表决权名册：有表决权 %2 人；列席无表决权 %3 人。</translation>
    </message>
    <message>
        <source>Expected %1 · present %2 · on leave %3 · absent %4 · attendance %5 · voting members present %6 of %7</source>
        <translation>应到 %1 · 实到 %2 · 请假 %3 · 缺席 %4 · 出席率 %5 · 有表决权党员到会 %6/%7</translation>
    </message>
    <message>
        <source>All present</source>
        <translation>全部出席</translation>
    </message>
    <message>
        <source>Fill from the type&apos;s group</source>
        <translation>按会议类型的参会范围填入</translation>
    </message>
    <message>
        <source>Add people...</source>
        <translation>添加人员...</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Voter roll...</source>
        <translation>表决权名册…</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <source>Cancelling...</source>
        <translation>正在取消...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>BallotDialog</name>
    <message>
        <source>Count ballots</source>
        <translation>逐张计票</translation>
    </message>
    <message>
        <source>Tick the grade each member has on the ballot in hand (leave a member blank if the ballot does), then count it. Each counted ballot is saved at once.</source>
        <translation>按手中选票勾选每名党员的评议等次（选票上未填的留空），然后计入。每计入一张选票即自动保存。</translation>
    </message>
    <message>
        <source>Count this ballot</source>
        <translation>计入此票</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>All qualified</source>
        <translation>全部合格</translation>
    </message>
    <message>
        <source>Mark everyone qualified, then change the few the ballot grades otherwise</source>
        <translation>先全部标为合格，再修改选票上评为其他等次的少数人</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Ballots counted in this sitting: %1</source>
        <translation>本次已计票 %1 张</translation>
    </message>
</context>
<context>
    <name>BallotModel</name>
    <message>
        <source>Member</source>
        <translation>党员</translation>
    </message>
</context>
<context>
    <name>BracketsEditor</name>
    <message>
        <source>above the last:</source>
        <translation>超过最后一档：</translation>
    </message>
    <message>
        <source>up to</source>
        <translation>不超过</translation>
    </message>
    <message>
        <source>yuan:</source>
        <translation>元：</translation>
    </message>
</context>
<context>
    <name>BranchesOverview</name>
    <message>
        <source>No branches set up: People › Branches.</source>
        <translation>尚未设置组织机构：请在“人员 › 组织机构”中设置。</translation>
    </message>
    <message>
        <source>Three meetings and one lesson held this year:</source>
        <translation>本年度“三会一课”开展情况：</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1：应开 %3 次，已开 %2 次</translation>
    </message>
    <message>
        <source>, missing %1</source>
        <translation>，未按期召开 %1 次</translation>
    </message>
    <message>
        <source>, overdue %1</source>
        <translation>，逾期 %1 次</translation>
    </message>
    <message>
        <source>%1: prepare the election, the term ends %2</source>
        <translation>%1：准备换届选举，任期于 %2 届满</translation>
    </message>
    <message>
        <source>%1: the term ended %2 without an election</source>
        <translation>%1：任期已于 %2 届满，尚未换届</translation>
    </message>
    <message>
        <source>Party members in no branch: %1</source>
        <translation>未编入支部的党员：%1 人</translation>
    </message>
</context>
<context>
    <name>BranchesPage</name>
    <message>
        <source>(archived)</source>
        <translation>（已归档）</translation>
    </message>
    <message>
        <source>Delete organisation</source>
        <translation>删除组织</translation>
    </message>
    <message>
        <source>Delete %1? If people, meetings or other organisations belong to it, it is archived instead, so that their records stay complete.</source>
        <translation>删除“%1”？如有人员、会议或下级组织属于它，将改为归档，以保证相关记录完整。</translation>
    </message>
    <message>
        <source>%1 is archived: people, meetings or other organisations belong to it. Tick “Show archived” to see it or restore it.</source>
        <translation>“%1”已归档：仍有人员、会议或下级组织属于它。勾选“显示已归档”可查看或恢复。</translation>
    </message>
    <message>
        <source>People of %1</source>
        <translation>%1的成员</translation>
    </message>
    <message>
        <source>Committee terms</source>
        <translation>委员会任期（换届）</translation>
    </message>
    <message>
        <source>No term recorded. Record the committee elected at the last election meeting.</source>
        <translation>尚未登记任期。请登记上次选举大会选出的委员会。</translation>
    </message>
    <message>
        <source>The term ended on %1 without a new election: elect the committee now.</source>
        <translation>任期已于 %1 届满，尚未换届选举：请立即组织换届。</translation>
    </message>
    <message>
        <source>The term ends on %1: prepare the election now (the reminder comes %2 months before).</source>
        <translation>任期将于 %1 届满：请着手准备换届选举（届满前 %2 个月提醒）。</translation>
    </message>
    <message>
        <source>The term ended on %1; the election is postponed to %2 (%3).</source>
        <translation>任期已于 %1 届满；经批准延期至 %2 换届（%3）。</translation>
    </message>
    <message>
        <source>The current term runs until %1; the reminder to prepare the election comes on %2, %3 months before.</source>
        <translation>本届任期至 %1 届满；将于 %2（届满前 %3 个月）提醒准备换届。</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Members: %1</source>
        <translation>成员：%1 人</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Delete...</source>
        <translation>删除...</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>显示已归档</translation>
    </message>
    <message>
        <source>New...</source>
        <translation>新建...</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>编辑...</translation>
    </message>
    <message>
        <source>Add people...</source>
        <translation>添加人员...</translation>
    </message>
    <message>
        <source>Assign to...</source>
        <translation>编入...</translation>
    </message>
    <message>
        <source>Remove from unit</source>
        <translation>移出本组织</translation>
    </message>
    <message>
        <source>Record a term...</source>
        <translation>登记任期...</translation>
    </message>
    <message>
        <source>Postpone the election...</source>
        <translation>延期换届...</translation>
    </message>
    <message>
        <source>New organisation...</source>
        <translation>新建组织...</translation>
    </message>
    <message>
        <source>No branches yet</source>
        <translation>尚未设置组织机构</translation>
    </message>
    <message>
        <source>Set up the party committee or general branch, its branches (支部) and their party groups (党小组), then put each member in one. Meetings, the 三会一课 check and committee terms then go by branch.</source>
        <translation>先设置党委或党总支、所属支部和党小组，再把每名党员编入其中。之后会议、“三会一课”检查和委员会任期都按支部管理。</translation>
    </message>
</context>
<context>
    <name>CheckMatrixModel</name>
    <message>
        <source>Meeting type</source>
        <translation>会议类型</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>召开频次</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>第%1季度</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>%1 missing, %2 overdue</source>
        <translation>未按期召开 %1 次，逾期 %2 次</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Three meetings and one lesson of %1, %2: held so far %3 of %4; missing %5, overdue %6 (as of %7).</source>
        <translation>%1 %2年“三会一课”：应开 %4 次，已开 %3 次；未按期召开 %5 次，逾期 %6 次（截至 %7）。</translation>
    </message>
    <message>
        <source>No branch committee (fewer than seven full members): its meetings are not asked for.</source>
        <translation>正式党员不足七人，不设支部委员会，不要求召开支委会。</translation>
    </message>
    <message>
        <source>No meeting type has a required cadence. Set one under Meeting types.</source>
        <translation>尚无会议类型设置召开频次。请在“会议类型”中设置。</translation>
    </message>
    <message>
        <source>The whole office: every required meeting</source>
        <translation>全单位：所有规定会议</translation>
    </message>
    <message>
        <source>Three meetings and one lesson: %1</source>
        <translation>“三会一课”：%1</translation>
    </message>
    <message>
        <source>Gaps in the three meetings and one lesson: %1</source>
        <translation>“三会一课”缺项：%1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Record the planned meeting...</source>
        <translation>登记已计划的会议...</translation>
    </message>
    <message>
        <source>Plan this meeting...</source>
        <translation>计划此会议...</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查范围</translation>
    </message>
    <message>
        <source>Held / required, by quarter</source>
        <translation>按季度统计：已开/应开</translation>
    </message>
    <message>
        <source>Missing and overdue</source>
        <translation>未按期召开和逾期</translation>
    </message>
    <message>
        <source>— a month&apos;s or quarter&apos;s meeting counts where its date falls</source>
        <translation>— 月度、季度会议按召开日期所在期间统计</translation>
    </message>
    <message>
        <source>%1 (%2) missing %3, overdue %4</source>
        <translation>%1（%2）未按期召开 %3 次，逾期 %4 次</translation>
    </message>
    <message>
        <source>%1: required meetings held so far %2 of %3; missing %4, overdue %5 (as of %6).</source>
        <translation>%1：规定会议应开 %3 次，已开 %2 次；未按期召开 %4 次，逾期 %5 次（截至 %6）。</translation>
    </message>
</context>
<context>
    <name>ClassHoursDialog</name>
    <message>
        <source>%1: %2 party members, %3 short of the minimum.</source>
        <translation>%1年：党员 %2 人，%3 人未达到学时要求。</translation>
    </message>
    <message>
        <source>Party members&apos; class hours</source>
        <translation>党员学习学时</translation>
    </message>
    <message>
        <source>Every party member studies at least the first number of class hours (学时) a year, branch secretaries and committee members (a party post naming 书记 or 委员) the second. A session recorded in days counts them at the hours of a training day. Cadres&apos; training days are set under Requirements….</source>
        <translation>每名党员每年集中学习不少于第一项学时，党支部书记和支部委员（党内职务含“书记”或“委员”）不少于第二项学时。按天记录的培训按每个培训日的学时折算。社区干部的培训天数在“年度培训要求”中设置。</translation>
    </message>
    <message>
        <source>Party members</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>Secretaries and committee members</source>
        <translation>支部书记和支部委员</translation>
    </message>
    <message>
        <source> class hours a year</source>
        <translation> 学时/年</translation>
    </message>
    <message>
        <source>Save minimums</source>
        <translation>保存学时要求</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Note: %1 %2.</source>
        <translation>提示：%1 %2。</translation>
    </message>
    <message>
        <source>This database already holds people; demo data is only written into a new, empty database.</source>
        <translation>该数据库中已有人员信息；演示数据只能写入新的空数据库。</translation>
    </message>
    <message>
        <source>Its newest good backup, taken %1, can be put in its place with: %2</source>
        <translation>可以用它最新的完好备份（备份于 %1）替换它：%2</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Note: %1 It is read read-only.</source>
        <translation>提示：%1 现以只读方式读取。</translation>
    </message>
    <message>
        <source>Demo data written to %1: %2 people, %3 plans, %4 monthly rosters.</source>
        <translation>演示数据已写入 %1：%2 人、%3 个计划、%4 个月的值班表。</translation>
    </message>
    <message>
        <source>Warning: %1 holds personal data and other users can open it: keep it in your own folders.</source>
        <translation>警告：%1 含有个人信息，且其他用户可以打开它：请保存在自己的文件夹中。</translation>
    </message>
    <message>
        <source>Row %1: not imported: %2</source>
        <translation>第 %1 行：未导入：%2</translation>
    </message>
    <message>
        <source>Row %1: duplicate, skipped (%2)</source>
        <translation>第 %1 行：重复，已跳过（%2）</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Columns ignored: %1</source>
        <translation>未识别的列（已忽略）：%1</translation>
    </message>
    <message>
        <source>Nothing imported: add --yes to import without a question.</source>
        <translation>未导入任何数据：如需直接导入，请加上 --yes。</translation>
    </message>
    <message>
        <source>Nothing imported.</source>
        <translation>未导入任何数据。</translation>
    </message>
    <message>
        <source>Row %1: imported, note: %2</source>
        <translation>第 %1 行：已导入，请注意：%2</translation>
    </message>
    <message>
        <source>People written to %2: %1.</source>
        <translation>已将 %1 人写入 %2。</translation>
    </message>
    <message>
        <source>Rows: %1 · to import: %2 · with problems: %3 · duplicates: %4.</source>
        <translation>共 %1 行：可导入 %2 行，有问题 %3 行，重复 %4 行。</translation>
    </message>
    <message>
        <source>Import these people (%1)? [y/N] </source>
        <translation>导入这些人员（%1 人）？[y/N] </translation>
    </message>
    <message>
        <source>People imported: %1.</source>
        <translation>已导入 %1 人。</translation>
    </message>
</context>
<context>
    <name>CliArchive</name>
    <message>
        <source>Archive of %1 written to %2: %3 files.</source>
        <translation>%1年度档案已写入 %2：共 %3 个文件。</translation>
    </message>
</context>
<context>
    <name>CliAudit</name>
    <message>
        <source>--to must not be before --from.</source>
        <translation>--to 不能早于 --from。</translation>
    </message>
    <message>
        <source>%1 changes from %2 to %3 written to %4.</source>
        <translation>%2 至 %3 的 %1 条修改记录已写入 %4。</translation>
    </message>
</context>
<context>
    <name>CliBranches</name>
    <message>
        <source>Added %1 (%2).</source>
        <translation>已添加 %1（编号 %2）。</translation>
    </message>
    <message>
        <source>%1 people now belong to %2.</source>
        <translation>已将 %1 人编入 %2。</translation>
    </message>
    <message>
        <source>No organisations yet: add one with `partyplan branches add`.</source>
        <translation>尚无党组织：请用 `partyplan branches add` 添加。</translation>
    </message>
    <message>
        <source>full %1, probationary %2, elsewhere %3; 三会一课 %4 of %5 held, %6 missing, %7 overdue</source>
        <translation>正式党员 %1 人，预备党员 %2 人，组织关系在外 %3 人；三会一课应开 %5 次，已开 %4 次，未按期召开 %6 次，逾期 %7 次</translation>
    </message>
    <message>
        <source>%1: %2 of %3 held, %4 missing, %5 overdue.</source>
        <translation>%1：应开 %3 次，已开 %2 次，未按期召开 %4 次，逾期 %5 次。</translation>
    </message>
</context>
<context>
    <name>CliData</name>
    <message>
        <source>%1 records from %2 tables written to %3.</source>
        <translation>已将 %2 个表中的 %1 条记录写入 %3。</translation>
    </message>
    <message>
        <source>%1 records in %2 tables imported into %3.</source>
        <translation>已将 %2 个表中的 %1 条记录导入 %3。</translation>
    </message>
    <message>
        <source>%1 records in %2 tables copied from %3 to %4.</source>
        <translation>已将 %2 个表中的 %1 条记录从 %3 复制到 %4。</translation>
    </message>
    <message>
        <source>%1 answers; a server database is checked by its server.</source>
        <translation>%1 响应正常；服务器数据库由服务器自行检查。</translation>
    </message>
    <message>
        <source>%1: no damage found (%2).</source>
        <translation>%1：未发现损坏（%2）。</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>备份已写入 %1。</translation>
    </message>
    <message>
        <source>(earlier version: may be another database&apos;s)</source>
        <translation>（早期版本所做：可能是另一个数据库的备份）</translation>
    </message>
    <message>
        <source>Backup %1, taken %2: %3 records.</source>
        <translation>备份 %1，备份于 %2：共 %3 条记录。</translation>
    </message>
    <message>
        <source>It was made by an earlier version, which did not record whose backup it is: it may be a backup of another database with the same file name.</source>
        <translation>此备份由早期版本制作，未记录属于哪个数据库：可能是另一个同名数据库的备份。</translation>
    </message>
    <message>
        <source>It is a copy of another database, not of %1.</source>
        <translation>这是另一个数据库的副本，不是 %1 的。</translation>
    </message>
    <message>
        <source>Nothing restored: add --yes to restore without a question.</source>
        <translation>未恢复：如需不经确认直接恢复，请加上 --yes。</translation>
    </message>
    <message>
        <source>Replace the contents of %1 with this backup? [y/N] </source>
        <translation>用此备份替换 %1 的内容？[y/N] </translation>
    </message>
    <message>
        <source>Nothing restored.</source>
        <translation>未恢复任何数据。</translation>
    </message>
    <message>
        <source>%1 restored from %2.</source>
        <translation>已从 %2 恢复 %1。</translation>
    </message>
    <message>
        <source>The database as it was is kept in %1.</source>
        <translation>恢复前的数据库已保存在 %1。</translation>
    </message>
    <message>
        <source>The damaged file was moved to %1.</source>
        <translation>损坏的文件已移至 %1。</translation>
    </message>
    <message>
        <source>backups are made of database files; back a server up on the server (pg_dump).</source>
        <translation>只能备份数据库文件；服务器数据库请在服务器上备份（pg_dump）。</translation>
    </message>
</context>
<context>
    <name>CliDistrict</name>
    <message>
        <source>Office %1 created: its schema, its tables and the group role %2 for its staff.</source>
        <translation>已创建社区 %1：其数据库模式、数据表，以及供其工作人员使用的组角色 %2。</translation>
    </message>
    <message>
        <source>Login %1 created for the office %2.</source>
        <translation>已为社区 %2 创建登录账号 %1。</translation>
    </message>
    <message>
        <source>Login %1 created: it reads every office.</source>
        <translation>已创建登录账号 %1：可查阅所有社区。</translation>
    </message>
    <message>
        <source>The figures of %1 offices for %2 written to %3.</source>
        <translation>%1 个社区 %2 年度的数据已写入 %3。</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
</context>
<context>
    <name>CliDues</name>
    <message>
        <source>%1 pays %2 yuan a month from %3-%4.</source>
        <translation>%1 自 %3年%4月起每月交纳党费 %2 元。</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <source>%1-%2: %3 marked paid, %4 had paid already, %5 owe nothing that month.</source>
        <translation>%1年%2月：%3 人登记已交，%4 人此前已交，%5 人当月无需交纳。</translation>
    </message>
    <message>
        <source>Everyone has paid up to %1-%2.</source>
        <translation>截至 %1年%2月，全部党员均已交纳党费。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>SIX MONTHS OR MORE IN A ROW</source>
        <translation>连续六个月以上未交</translation>
    </message>
</context>
<context>
    <name>CliMeetings</name>
    <message>
        <source>meeting %1 is not recorded as held yet; record it first.</source>
        <translation>会议 %1 尚未登记为已召开，请先登记。</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <source>%1: %2 of %3 required meetings held; %4 missing or overdue (as of %5).</source>
        <translation>%1：规定会议应开 %3 次，已开 %2 次；未按期召开或逾期 %4 次（截至 %5）。</translation>
    </message>
    <message>
        <source>planned %1, meeting %2</source>
        <translation>计划 %1，会议 %2</translation>
    </message>
    <message>
        <source>none planned</source>
        <translation>未计划</translation>
    </message>
</context>
<context>
    <name>CliMembers</name>
    <message>
        <source>no development file to print.</source>
        <translation>没有可打印的发展党员档案。</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation>没有到期事项。</translation>
    </message>
    <message>
        <source>Member development %1 (activists and targets counted on %2)</source>
        <translation>%1年发展党员情况（积极分子和发展对象按%2统计）</translation>
    </message>
    <message>
        <source>target: %1 %2</source>
        <translation>目标：%1%2</translation>
    </message>
    <message>
        <source>%1 party members on %2, %3 of them entitled to vote.</source>
        <translation>%2 共有党员 %1 人，其中有表决权的 %3 人。</translation>
    </message>
</context>
<context>
    <name>CliPlans</name>
    <message>
        <source>%1: %2 sections, %3 items, %4 lines kept as notes.</source>
        <translation>%1：%2 个部分，%3 项任务，%4 行作为备注保留。</translation>
    </message>
    <message>
        <source>Saved as plan %1.</source>
        <translation>已保存为计划 %1。</translation>
    </message>
    <message>
        <source>give --docx OUT or --xlsx OUT</source>
        <translation>请指定 --docx 输出文件 或 --xlsx 输出文件</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <source>there is no plan %1 (see: partyplan plan list)</source>
        <translation>没有编号为 %1 的计划（可用 partyplan plan list 查看）</translation>
    </message>
    <message>
        <source>Sections without items, with nothing to track: %1</source>
        <translation>没有任务、无可跟踪的部分：%1</translation>
    </message>
</context>
<context>
    <name>CliPosts</name>
    <message>
        <source>Written to %1.</source>
        <translation>已写入 %1。</translation>
    </message>
</context>
<context>
    <name>CliReport</name>
    <message>
        <source>%1 written to %2.</source>
        <translation>%1已写入 %2。</translation>
    </message>
</context>
<context>
    <name>CliRosters</name>
    <message>
        <source>%1-%2 is published (version %3); changes need a new version in the window.</source>
        <translation>%1年%2月的值班表已发布（第 %3 版）；如需修改，请在程序窗口中创建新版本。</translation>
    </message>
    <message>
        <source>Warning: no confirmed public-holiday data for %1; weekends assumed.</source>
        <translation>警告：%1 年的法定节假日安排尚未确认，暂按周末休息处理。</translation>
    </message>
    <message>
        <source>No roster meets every rule:</source>
        <translation>无法编排出符合全部规则的值班表：</translation>
    </message>
    <message>
        <source>No roster found within the time limit; try --time-limit 30.</source>
        <translation>在规定时间内未能编排出值班表；请尝试加上 --time-limit 30。</translation>
    </message>
    <message>
        <source>%1-%2 drawn up: %3 duties; duties per person differ by at most %4.</source>
        <translation>%1年%2月值班表已编排：共 %3 人次；每人值班次数最多相差 %4 次。</translation>
    </message>
    <message>
        <source>There is no roster for %1-%2 yet.</source>
        <translation>%1年%2月还没有值班表。</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>已写入 %1。</translation>
    </message>
</context>
<context>
    <name>CliTraining</name>
    <message>
        <source>Written to %1: training sessions %2, people short of the requirement %3.</source>
        <translation>已写入 %1：培训 %2 期，%3 人未达到年度要求。</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <source>Close the follow-up</source>
        <translation>结束跟进</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>required for another outcome</source>
        <translation>选择“其他”时必填</translation>
    </message>
</context>
<context>
    <name>CloseDifficultyDialog</name>
    <message>
        <source>Close difficulty</source>
        <translation>办结困难/诉求</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>困难/诉求</translation>
    </message>
    <message>
        <source>Resolved on</source>
        <translation>解决日期</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>办理情况</translation>
    </message>
</context>
<context>
    <name>CloseFollowUpDialog</name>
    <message>
        <source>Close follow-up</source>
        <translation>办结跟进事项</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <source>What came of it</source>
        <translation>办理结果</translation>
    </message>
</context>
<context>
    <name>CommendationDialog</name>
    <message>
        <source>New commendation</source>
        <translation>新增表彰</translation>
    </message>
    <message>
        <source>Edit commendation</source>
        <translation>编辑表彰</translation>
    </message>
    <message>
        <source>Title *</source>
        <translation>标题 *</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Awarded to *</source>
        <translation>获奖对象 *</translation>
    </message>
    <message>
        <source>Awarding body</source>
        <translation>授予单位</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>评议年度</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>e.g. the community party committee</source>
        <translation>如：中共××社区委员会</translation>
    </message>
    <message>
        <source>type to search</source>
        <translation>输入姓名查找</translation>
    </message>
    <message>
        <source>e.g. District party committee</source>
        <translation>如：中共××区委员会</translation>
    </message>
    <message>
        <source>on the evaluation of</source>
        <translation>对应年度评议</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed on another PC</source>
        <translation>已在另一台电脑上修改</translation>
    </message>
    <message>
        <source>%1 was deleted by %2 at %3 after you opened it. Nothing of yours was saved.</source>
        <translation>在您打开之后，%1 已被 %2 于 %3 删除。您的修改没有保存。</translation>
    </message>
    <message>
        <source>%1 was changed on another PC after you opened it. Nothing of yours was saved yet.</source>
        <translation>在您打开之后，%1 已在另一台电脑上被修改。您的修改尚未保存。</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 after you opened it. Nothing of yours was saved yet.</source>
        <translation>在您打开之后，%1 已被 %2 于 %3 修改。您的修改尚未保存。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Theirs (saved now)</source>
        <translation>对方的（现已保存）</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>您的</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>保留我的</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>采用对方的</translation>
    </message>
    <message>
        <source>Save as new</source>
        <translation>另存为新记录</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connecting to %1...</source>
        <translation>正在连接 %1...</translation>
    </message>
    <message>
        <source>The district&apos;s CA certificate</source>
        <translation>街道的 CA 证书</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;*</source>
        <translation>证书 (*.crt *.pem *.cer);;*</translation>
    </message>
    <message>
        <source>Connect to server</source>
        <translation>连接服务器</translation>
    </message>
    <message>
        <source>Server *</source>
        <translation>服务器 *</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Database *</source>
        <translation>数据库 *</translation>
    </message>
    <message>
        <source>User *</source>
        <translation>用户 *</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Encryption (TLS)</source>
        <translation>加密（TLS）</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA 证书</translation>
    </message>
    <message>
        <source>Connect timeout</source>
        <translation>连接超时</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>单位</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>选择...</translation>
    </message>
    <message>
        <source>e.g. db.district.local</source>
        <translation>如：db.district.local</translation>
    </message>
    <message>
        <source>empty: the office your user opens</source>
        <translation>留空：使用您的用户默认打开的单位</translation>
    </message>
    <message>
        <source>verify-full: encrypted, and the server must prove it is the district&apos;s (with the CA certificate). Use it on any network the office does not own alone.</source>
        <translation>verify-full：加密连接，且服务器须以 CA 证书证明它是街道的服务器。凡是不归本单位独用的网络，都请选用此项。</translation>
    </message>
    <message>
        <source>Kept in this PC&apos;s credential store, never in the settings.</source>
        <translation>保存在本机的凭据管理器中，绝不写入设置。</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>The details were written to:
%1</source>
        <translation>详细信息已写入：
%1</translation>
    </message>
    <message>
        <source>The details could not be written to a log file.</source>
        <translation>详细信息未能写入日志文件。</translation>
    </message>
    <message>
        <source>Please send this file to whoever looks after PartyPlan, and say what you were doing.</source>
        <translation>请把这个文件发给负责维护 PartyPlan 的工作人员，并说明出错时正在进行的操作。</translation>
    </message>
    <message>
        <source>PartyPlan: unexpected error</source>
        <translation>PartyPlan：意外错误</translation>
    </message>
    <message>
        <source>PartyPlan ran into an unexpected error.</source>
        <translation>PartyPlan 遇到了意外错误。</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>打开日志文件夹</translation>
    </message>
    <message>
        <source>Quit PartyPlan</source>
        <translation>退出 PartyPlan</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
</context>
<context>
    <name>DataSafety</name>
    <message>
        <source>Database in use</source>
        <translation>数据库已被占用</translation>
    </message>
    <message>
        <source>Open it read-only? You can look at everything, and change nothing.</source>
        <translation>以只读方式打开？可以查看全部内容，但不能修改。</translation>
    </message>
    <message>
        <source>Damaged database</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <source>No good backup of it was found in %1.</source>
        <translation>在 %1 中未找到该数据库的可用备份。</translation>
    </message>
    <message>
        <source>Restore the newest good backup, taken %1? The damaged file is kept beside it, renamed.</source>
        <translation>恢复最近一份可用备份（备份于 %1）？损坏的文件将改名后保留在同一文件夹。</translation>
    </message>
    <message>
        <source>Restoring %1...</source>
        <translation>正在恢复 %1...</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>This database is on a PostgreSQL server; restore it on the server (pg_restore).</source>
        <translation>此数据库位于 PostgreSQL 服务器上，请在服务器上恢复（pg_restore）。</translation>
    </message>
    <message>
        <source>Check database</source>
        <translation>检查数据库</translation>
    </message>
    <message>
        <source>Checking every table and record...</source>
        <translation>正在检查每张表和每条记录...</translation>
    </message>
    <message>
        <source>%1 is on a PostgreSQL server, which looks after its own files; it answers normally.</source>
        <translation>%1 位于 PostgreSQL 服务器上，其文件由服务器自行维护；目前响应正常。</translation>
    </message>
    <message>
        <source>No damage found in %1: %2 tables, %3 records checked.</source>
        <translation>%1 未发现损坏：已检查 %2 个表、%3 条记录。</translation>
    </message>
    <message>
        <source>Backup on exit</source>
        <translation>退出时备份</translation>
    </message>
    <message>
        <source>(read-only: another copy of PartyPlan is using it)</source>
        <translation>（只读：已被另一个 PartyPlan 占用）</translation>
    </message>
    <message>
        <source>%1 was restored from %2.</source>
        <translation>已从 %2 恢复 %1。</translation>
    </message>
    <message>
        <source>The database as it was is kept in %1.</source>
        <translation>恢复前的数据库已保存在 %1。</translation>
    </message>
    <message>
        <source>The damaged file was moved to %1.</source>
        <translation>损坏的文件已移至 %1。</translation>
    </message>
    <message>
        <source>Database busy</source>
        <translation>数据库忙</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
</context>
<context>
    <name>DecideDialog</name>
    <message>
        <source>(choose the member who helps)</source>
        <translation>（选择帮教党员）</translation>
    </message>
    <message>
        <source>Decide the follow-up</source>
        <translation>作出处置决定</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>处置决定</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <source>Member who helps</source>
        <translation>帮教党员</translation>
    </message>
    <message>
        <source>Correct by</source>
        <translation>改正期限</translation>
    </message>
    <message>
        <source>General meeting</source>
        <translation>支部党员大会</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>(choose the meeting that voted)</source>
        <translation>（选择表决的会议）</translation>
    </message>
</context>
<context>
    <name>DevelopmentOverview</name>
    <message>
        <source>%1: %2, due %3</source>
        <translation>%1：%2，%3到期</translation>
    </message>
    <message>
        <source>and %1 more overdue</source>
        <translation>另有%1项逾期</translation>
    </message>
    <message>
        <source>%1: probation ends %2</source>
        <translation>%1：预备期%2期满</translation>
    </message>
    <message>
        <source>%1 may move on to the next stage</source>
        <translation>%1人可进入下一阶段</translation>
    </message>
    <message>
        <source>Nothing due in member development.</source>
        <translation>发展党员工作暂无到期事项。</translation>
    </message>
    <message>
        <source>Due within %2 days: %1 more</source>
        <translation>另有%1项将在%2天内到期</translation>
    </message>
</context>
<context>
    <name>DevelopmentPage</name>
    <message>
        <source>Take back the step “%1” of %2 from the file of %3?</source>
        <translation>撤回%3档案中%2的“%1”这一步？</translation>
    </message>
    <message>
        <source>It is the application, so the whole file goes.</source>
        <translation>这是入党申请，撤回后整个档案将删除。</translation>
    </message>
    <message>
        <source>Take back a step</source>
        <translation>撤回一步</translation>
    </message>
    <message>
        <source>development register</source>
        <translation>发展党员台账</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <source>development checklists</source>
        <translation>发展党员全程纪实表</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>State</source>
        <translation>情况</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>未达到</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1（已逾期）</translation>
    </message>
    <message>
        <source>%1 step(s) recorded with a rule set aside</source>
        <translation>%1 个环节按例外办理</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>未选择档案</translation>
    </message>
    <message>
        <source>born %1 (%2)</source>
        <translation>%1出生（%2岁）</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%2起为%1</translation>
    </message>
    <message>
        <source>next: %1</source>
        <translation>下一事项：%1</translation>
    </message>
    <message>
        <source>Meeting: %1</source>
        <translation>会议：%1</translation>
    </message>
    <message>
        <source>Document no. %1</source>
        <translation>文件编号：%1</translation>
    </message>
    <message>
        <source>Justification: %1</source>
        <translation>例外说明：%1</translation>
    </message>
    <message>
        <source>met</source>
        <translation>已达到</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未登记</translation>
    </message>
    <message>
        <source>Activists %1 and development targets %2 on %3.</source>
        <translation>截至%3：入党积极分子%1名，发展对象%2名。</translation>
    </message>
    <message>
        <source>Schooling of those admitted: %1.</source>
        <translation>新党员学历：%1。</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>New applicant...</source>
        <translation>新增入党申请人...</translation>
    </message>
    <message>
        <source>Record step...</source>
        <translation>登记环节...</translation>
    </message>
    <message>
        <source>Cancel probation...</source>
        <translation>取消预备党员资格...</translation>
    </message>
    <message>
        <source>Take back last step...</source>
        <translation>撤回上一步...</translation>
    </message>
    <message>
        <source>Rules...</source>
        <translation>规则...</translation>
    </message>
    <message>
        <source>Excel...</source>
        <translation>Excel...</translation>
    </message>
    <message>
        <source>Word record...</source>
        <translation>Word 档案...</translation>
    </message>
    <message>
        <source>Export checklist...</source>
        <translation>导出纪实表...</translation>
    </message>
    <message>
        <source>Export the development register (one row per person) to Excel</source>
        <translation>导出发展党员台账（每人一行）到 Excel</translation>
    </message>
    <message>
        <source>Export the chosen person&apos;s development record to Word</source>
        <translation>导出所选人员的发展档案到 Word</translation>
    </message>
    <message>
        <source>Export the standard checklist of the chosen people (several with Ctrl or Shift) to Word, one page each</source>
        <translation>将所选人员（按 Ctrl 或 Shift 可多选）的发展党员全程纪实表导出为 Word，每人一页</translation>
    </message>
    <message>
        <source>Steps recorded</source>
        <translation>已登记环节</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>全程纪实</translation>
    </message>
    <message>
        <source>Search name</source>
        <translation>搜索姓名</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <source>Open files only</source>
        <translation>仅显示未结档案</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>只看逾期</translation>
    </message>
    <message>
        <source>Development file</source>
        <translation>发展档案</translation>
    </message>
    <message>
        <source>Due and overdue</source>
        <translation>到期与逾期事项</translation>
    </message>
    <message>
        <source>Statistics against the plan&apos;s targets</source>
        <translation>对照规划目标的统计</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>下一到期事项</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>相关人员</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>Documents and notes</source>
        <translation>材料及说明</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Choose a person in the list to see every step of their file, or start a file with %1.</source>
        <translation>在左侧列表中选择一人，查看其发展档案的每一步；或点击%1建立档案。</translation>
    </message>
    <message>
        <source>No development files yet. Start one with %1 when an application for membership comes in.</source>
        <translation>还没有发展档案。收到入党申请书后，点击%1建立档案。</translation>
    </message>
    <message>
        <source>training: days %1, class hours %2</source>
        <translation>已培训%1天/%2学时</translation>
    </message>
    <message>
        <source>days %1, class hours %2</source>
        <translation>%1天，%2学时</translation>
    </message>
    <message>
        <source>months: %1</source>
        <translation>%1个月</translation>
    </message>
</context>
<context>
    <name>DevelopmentRulesDialog</name>
    <message>
        <source>Development rules</source>
        <translation>发展党员规则</translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation>入党申请人</translation>
    </message>
    <message>
        <source>Activists</source>
        <translation>入党积极分子</translation>
    </message>
    <message>
        <source>Development targets</source>
        <translation>发展对象</translation>
    </message>
    <message>
        <source>Probation</source>
        <translation>预备期</translation>
    </message>
    <message>
        <source>Exceptions allowed</source>
        <translation>允许例外</translation>
    </message>
    <message>
        <source>A step that breaks a ticked rule is saved only with a written justification, which every report shows. A step that breaks any other rule is refused.</source>
        <translation>违反已勾选规则的环节须填写例外说明方可保存，说明会显示在各类报表中；违反其他规则的环节将被拒绝。</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>恢复默认</translation>
    </message>
</context>
<context>
    <name>DevelopmentStepDialog</name>
    <message>
        <source>(none chosen)</source>
        <translation>（未选择）</translation>
    </message>
    <message>
        <source>Reason *</source>
        <translation>原因 *</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>New applicant</source>
        <translation>新的申请人</translation>
    </message>
    <message>
        <source>Record step</source>
        <translation>记录环节</translation>
    </message>
    <message>
        <source>Open a development file with the application for membership.</source>
        <translation>收到入党申请书，建立发展档案。</translation>
    </message>
    <message>
        <source>Person *</source>
        <translation>申请人 *</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>延长预备期</translation>
    </message>
    <message>
        <source>General meeting</source>
        <translation>支部党员大会</translation>
    </message>
    <message>
        <source>Document no.</source>
        <translation>文件编号</translation>
    </message>
    <message>
        <source>Justification *</source>
        <translation>例外说明 *</translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation>培养联系人</translation>
    </message>
    <message>
        <source>(choose a person)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>（未填）</translation>
    </message>
    <message>
        <source>(no meeting linked)</source>
        <translation>（未关联会议）</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>class hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <source> months</source>
        <translation>个月</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>选择...</translation>
    </message>
    <message>
        <source>e.g. the filing&apos;s or the application form&apos;s number</source>
        <translation>如：备案文号、入党志愿书编号</translation>
    </message>
    <message>
        <source>The development file of %1</source>
        <translation>%1的发展党员档案</translation>
    </message>
</context>
<context>
    <name>DevelopmentTexts</name>
    <message>
        <source>Applicant</source>
        <translation>入党申请人</translation>
    </message>
    <message>
        <source>Activist</source>
        <translation>入党积极分子</translation>
    </message>
    <message>
        <source>Development target</source>
        <translation>发展对象</translation>
    </message>
    <message>
        <source>Probationary member</source>
        <translation>预备党员</translation>
    </message>
    <message>
        <source>Full member</source>
        <translation>正式党员</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已终止</translation>
    </message>
    <message>
        <source>Probation cancelled</source>
        <translation>取消预备党员资格</translation>
    </message>
    <message>
        <source>File closed</source>
        <translation>终止培养</translation>
    </message>
    <message>
        <source>Application received</source>
        <translation>递交入党申请书</translation>
    </message>
    <message>
        <source>Talk with the applicant</source>
        <translation>与申请人谈话</translation>
    </message>
    <message>
        <source>Mentors assigned</source>
        <translation>指定培养联系人</translation>
    </message>
    <message>
        <source>Became an activist</source>
        <translation>确定为入党积极分子</translation>
    </message>
    <message>
        <source>Filed with the higher committee</source>
        <translation>报上级党委备案</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>培养考察</translation>
    </message>
    <message>
        <source>Became a development target</source>
        <translation>确定为发展对象</translation>
    </message>
    <message>
        <source>Sponsors named</source>
        <translation>确定入党介绍人</translation>
    </message>
    <message>
        <source>Political review</source>
        <translation>政治审查</translation>
    </message>
    <message>
        <source>Centralised training</source>
        <translation>集中培训</translation>
    </message>
    <message>
        <source>Reviewed by the branch committee</source>
        <translation>支部委员会审查</translation>
    </message>
    <message>
        <source>Preliminary review by the higher committee</source>
        <translation>上级党委预审</translation>
    </message>
    <message>
        <source>Application form filled in</source>
        <translation>填写入党志愿书</translation>
    </message>
    <message>
        <source>Public notice</source>
        <translation>公示</translation>
    </message>
    <message>
        <source>Admitted as probationary member</source>
        <translation>接收为预备党员</translation>
    </message>
    <message>
        <source>Talk with the higher committee&apos;s organiser</source>
        <translation>上级党委派人谈话</translation>
    </message>
    <message>
        <source>Approved by the higher committee</source>
        <translation>上级党委审批</translation>
    </message>
    <message>
        <source>Oath taken</source>
        <translation>入党宣誓</translation>
    </message>
    <message>
        <source>Probation extended</source>
        <translation>延长预备期</translation>
    </message>
    <message>
        <source>Written application for conversion</source>
        <translation>提出书面转正申请</translation>
    </message>
    <message>
        <source>Became a full member</source>
        <translation>转为正式党员</translation>
    </message>
    <message>
        <source>File with the higher committee</source>
        <translation>报上级党委备案</translation>
    </message>
    <message>
        <source>Six-monthly assessment</source>
        <translation>半年考察</translation>
    </message>
    <message>
        <source>Higher approval</source>
        <translation>上级审批</translation>
    </message>
    <message>
        <source>Probation ends</source>
        <translation>预备期满</translation>
    </message>
    <message>
        <source>May become a development target</source>
        <translation>可确定为发展对象</translation>
    </message>
    <message>
        <source>Ready for the admission vote</source>
        <translation>可提交支部大会讨论</translation>
    </message>
    <message>
        <source>Sponsors</source>
        <translation>入党介绍人</translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation>培养联系人</translation>
    </message>
    <message>
        <source>Minimum age at application (years)</source>
        <translation>申请入党最低年龄（周岁）</translation>
    </message>
    <message>
        <source>Talk with the applicant within (months)</source>
        <translation>谈话时限（月）</translation>
    </message>
    <message>
        <source>Assess activists every (months)</source>
        <translation>积极分子考察间隔（月）</translation>
    </message>
    <message>
        <source>Mentors of an applicant</source>
        <translation>入党申请人的培养联系人（名）</translation>
    </message>
    <message>
        <source>Mentors, at least</source>
        <translation>培养联系人至少</translation>
    </message>
    <message>
        <source>Mentors, at most</source>
        <translation>培养联系人至多</translation>
    </message>
    <message>
        <source>As an activist before becoming a target (months)</source>
        <translation>积极分子培养期至少（月）</translation>
    </message>
    <message>
        <source>File decisions with the higher committee within (months)</source>
        <translation>报上级党委备案时限（月）</translation>
    </message>
    <message>
        <source>Public notice, at least (working days)</source>
        <translation>公示期不少于（工作日）</translation>
    </message>
    <message>
        <source>Centralised training, at least (days)</source>
        <translation>集中培训至少（天）</translation>
    </message>
    <message>
        <source>... or at least (class hours)</source>
        <translation>……或至少（学时）</translation>
    </message>
    <message>
        <source>Sponsors for admission</source>
        <translation>入党介绍人（名）</translation>
    </message>
    <message>
        <source>Higher approval within (months)</source>
        <translation>上级审批时限（月）</translation>
    </message>
    <message>
        <source>Probation (months)</source>
        <translation>预备期（月）</translation>
    </message>
    <message>
        <source>Extension, at least (months)</source>
        <translation>延长至少（月）</translation>
    </message>
    <message>
        <source>Extension, at most (months)</source>
        <translation>延长至多（月）</translation>
    </message>
    <message>
        <source>Extensions allowed</source>
        <translation>可延长次数</translation>
    </message>
    <message>
        <source>Minimum age</source>
        <translation>最低年龄</translation>
    </message>
    <message>
        <source>Talk on time</source>
        <translation>按时谈话</translation>
    </message>
    <message>
        <source>Number of mentors</source>
        <translation>培养联系人人数</translation>
    </message>
    <message>
        <source>Time as an activist</source>
        <translation>积极分子培养期</translation>
    </message>
    <message>
        <source>Length of training</source>
        <translation>培训时长</translation>
    </message>
    <message>
        <source>Number of sponsors</source>
        <translation>入党介绍人人数</translation>
    </message>
    <message>
        <source>Approval on time</source>
        <translation>按时审批</translation>
    </message>
    <message>
        <source>Length of probation</source>
        <translation>预备期长度</translation>
    </message>
    <message>
        <source>Extension length and count</source>
        <translation>延长期限与次数</translation>
    </message>
    <message>
        <source>New members</source>
        <translation>发展党员数</translation>
    </message>
    <message>
        <source>Under 35, %</source>
        <translation>35岁以下占比（%）</translation>
    </message>
    <message>
        <source>Women, %</source>
        <translation>女性占比（%）</translation>
    </message>
    <message>
        <source>Senior high school or more, %</source>
        <translation>高中及以上学历占比（%）</translation>
    </message>
    <message>
        <source>Activists per target</source>
        <translation>积极分子与发展对象之比</translation>
    </message>
    <message>
        <source>Local rules allow an exception here. Give the justification to record the step anyway; it is shown with the step in every report.</source>
        <translation>本地规则允许此处例外。填写例外说明后即可保存，说明将随该环节显示在各类报表中。</translation>
    </message>
    <message>
        <source>Enter a value between %1 and %2.</source>
        <translation>请输入%1至%2之间的数值。</translation>
    </message>
    <message>
        <source>The smallest number cannot be more than the largest.</source>
        <translation>最小值不能大于最大值。</translation>
    </message>
    <message>
        <source>This development file no longer exists.</source>
        <translation>该发展档案已不存在。</translation>
    </message>
    <message>
        <source>Choose a person.</source>
        <translation>请选择人员。</translation>
    </message>
    <message>
        <source>Enter the training days or class hours.</source>
        <translation>请填写培训天数或学时。</translation>
    </message>
    <message>
        <source>Enter the extension in months.</source>
        <translation>请填写延长的月数。</translation>
    </message>
    <message>
        <source>Give the reason.</source>
        <translation>请填写原因。</translation>
    </message>
    <message>
        <source>This meeting no longer exists.</source>
        <translation>该会议已不存在。</translation>
    </message>
    <message>
        <source>The notice cannot end before it starts.</source>
        <translation>公示结束日期不能早于开始日期。</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>此项必填。</translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation>日期不能晚于今天。</translation>
    </message>
    <message>
        <source>A step cannot be dated before the file&apos;s latest step.</source>
        <translation>环节日期不能早于档案中最近一个环节。</translation>
    </message>
    <message>
        <source>This step cannot be recorded at the current stage.</source>
        <translation>当前阶段不能记录此环节。</translation>
    </message>
    <message>
        <source>Days and hours cannot be negative.</source>
        <translation>天数和学时不能为负数。</translation>
    </message>
    <message>
        <source>This person already has an open development file.</source>
        <translation>此人已有未结的发展档案。</translation>
    </message>
    <message>
        <source>This person is already a party member.</source>
        <translation>此人已是党员。</translation>
    </message>
    <message>
        <source>An applicant must be at least %1 years old on the day of the application.</source>
        <translation>申请入党时须年满%1周岁。</translation>
    </message>
    <message>
        <source>No birth date is recorded, so the minimum age (%1) cannot be checked; enter it in People first.</source>
        <translation>未登记出生日期，无法核对年满%1周岁；请先在人员中补充。</translation>
    </message>
    <message>
        <source>The talk is due within %1 month(s) of the application.</source>
        <translation>应在收到入党申请书后%1个月内谈话。</translation>
    </message>
    <message>
        <source>Record the talk with the applicant first.</source>
        <translation>请先记录与申请人的谈话。</translation>
    </message>
    <message>
        <source>An activist has %1 to %2 mentors.</source>
        <translation>入党积极分子应有%1至%2名培养联系人。</translation>
    </message>
    <message>
        <source>Admission needs %1 sponsors.</source>
        <translation>接收预备党员须有%1名入党介绍人。</translation>
    </message>
    <message>
        <source>Mentors and sponsors must be party members.</source>
        <translation>培养联系人和入党介绍人须为党员。</translation>
    </message>
    <message>
        <source>Mentors and sponsors must be full members; a probationary member cannot be one.</source>
        <translation>培养联系人和入党介绍人必须是正式党员，预备党员不能担任。</translation>
    </message>
    <message>
        <source>An applicant is given %1 to %2 mentor(s).</source>
        <translation>入党申请人应有 %1 至 %2 名培养联系人。</translation>
    </message>
    <message>
        <source>The office&apos;s rules give applicants no mentor; mentors are assigned to activists.</source>
        <translation>按本单位规则，入党申请人不指定培养联系人；培养联系人在确定为入党积极分子时指定。</translation>
    </message>
    <message>
        <source>A person cannot be their own mentor or sponsor.</source>
        <translation>本人不能担任自己的培养联系人或入党介绍人。</translation>
    </message>
    <message>
        <source>A development target must have been an activist for at least %1 months.</source>
        <translation>确定为发展对象前须经过%1个月以上的积极分子培养期。</translation>
    </message>
    <message>
        <source>Record the political review first.</source>
        <translation>请先记录政治审查。</translation>
    </message>
    <message>
        <source>Record the public notice first.</source>
        <translation>请先记录公示。</translation>
    </message>
    <message>
        <source>Centralised training must reach %1 days or %2 class hours (training steps and attended sessions).</source>
        <translation>集中培训须达到%1天或%2学时（含培训环节和参加的培训班）。</translation>
    </message>
    <message>
        <source>The approval is already recorded.</source>
        <translation>已记录审批。</translation>
    </message>
    <message>
        <source>The higher approval is due within %1 months of the admission.</source>
        <translation>上级党委应在支部大会通过后%1个月内审批。</translation>
    </message>
    <message>
        <source>Probation can be extended %1 time(s) only.</source>
        <translation>预备期只能延长%1次。</translation>
    </message>
    <message>
        <source>An extension is %1 to %2 months.</source>
        <translation>延长期限为%1至%2个月。</translation>
    </message>
    <message>
        <source>Record the higher approval first.</source>
        <translation>请先记录上级党委审批。</translation>
    </message>
    <message>
        <source>The higher committee has not yet approved the last decision; record its approval first.</source>
        <translation>上级党委尚未审批上一项决定，请先登记审批。</translation>
    </message>
    <message>
        <source>File the decision with the higher committee first.</source>
        <translation>请先登记报上级党委备案。</translation>
    </message>
    <message>
        <source>This stage&apos;s filing is already recorded.</source>
        <translation>本阶段已登记备案。</translation>
    </message>
    <message>
        <source>Record the branch committee&apos;s review first.</source>
        <translation>请先登记支部委员会审查。</translation>
    </message>
    <message>
        <source>Record the higher committee&apos;s preliminary review first.</source>
        <translation>请先登记上级党委预审。</translation>
    </message>
    <message>
        <source>Record the application form (入党志愿书) first.</source>
        <translation>请先登记填写《入党志愿书》。</translation>
    </message>
    <message>
        <source>The public notice has not ended: the vote comes after its last day.</source>
        <translation>公示期尚未结束：须在公示期满后再提交支部大会表决。</translation>
    </message>
    <message>
        <source>The public notice runs at least %1 working days.</source>
        <translation>公示期不少于 %1 个工作日。</translation>
    </message>
    <message>
        <source>Record the organiser&apos;s talk with the new member before the approval.</source>
        <translation>审批前须登记上级党委派人谈话。</translation>
    </message>
    <message>
        <source>The admission is already approved.</source>
        <translation>接收预备党员已经审批。</translation>
    </message>
    <message>
        <source>Record the written application for conversion first.</source>
        <translation>请先登记本人书面转正申请。</translation>
    </message>
    <message>
        <source>Choose the general meeting that voted on this.</source>
        <translation>请选择对此进行表决的支部党员大会。</translation>
    </message>
    <message>
        <source>The step is dated the day the meeting was held; record the meeting as held first.</source>
        <translation>此环节日期应为会议召开日期；请先将该会议登记为已召开。</translation>
    </message>
    <message>
        <source>The meeting has no vote of this kind on this person; record the vote with the meeting.</source>
        <translation>该会议没有对此人的此类表决；请在会议记录中登记表决。</translation>
    </message>
    <message>
        <source>The meeting&apos;s vote did not pass.</source>
        <translation>该会议的表决未通过。</translation>
    </message>
    <message>
        <source>The step is dated the day of the linked meeting.</source>
        <translation>此环节日期应为所关联会议的日期。</translation>
    </message>
    <message>
        <source>Full membership comes after %1 months of probation (plus any extension).</source>
        <translation>预备期满%1个月（含延长期）后方可转正。</translation>
    </message>
</context>
<context>
    <name>DuesBaseDialog</name>
    <message>
        <source>Rate %1 %: %2 yuan a month</source>
        <translation>比例 %1%：每月 %2 元</translation>
    </message>
    <message>
        <source>%1 yuan a month</source>
        <translation>每月 %1 元</translation>
    </message>
    <message>
        <source>Dues of %1 in %2</source>
        <translation>%1 %2年党费</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>缴纳类别</translation>
    </message>
    <message>
        <source>Monthly income</source>
        <translation>月收入</translation>
    </message>
    <message>
        <source>Set amount</source>
        <translation>固定金额</translation>
    </message>
    <message>
        <source>From month</source>
        <translation>起始月份</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>批准情况</translation>
    </message>
    <message>
        <source>yuan (after tax; pension for the retired)</source>
        <translation>元（税后；离退休人员为养老金）</translation>
    </message>
    <message>
        <source>yuan a month (farmers, reduced)</source>
        <translation>元/月（农民、减免）</translation>
    </message>
    <message>
        <source>the higher committee&apos;s approval of a reduced amount</source>
        <translation>上级党委对减免的批准</translation>
    </message>
</context>
<context>
    <name>DuesModels</name>
    <message>
        <source>no base</source>
        <translation>未定基数</translation>
    </message>
    <message>
        <source>Salaried</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>Self-employed</source>
        <translation>个体经营等</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>离退休</translation>
    </message>
    <message>
        <source>Farmer</source>
        <translation>农民</translation>
    </message>
    <message>
        <source>Low income</source>
        <translation>学生/失业/低保</translation>
    </message>
    <message>
        <source>Reduced</source>
        <translation>减免</translation>
    </message>
    <message>
        <source>%1, month %2: paid %3 yuan. Click to undo.</source>
        <translation>%1，%2月：已缴 %3 元。单击撤销。</translation>
    </message>
    <message>
        <source>%1 owes no dues for month %2 (not on this roll).</source>
        <translation>%1 %2月无需缴纳党费（不在本支部名册）。</translation>
    </message>
    <message>
        <source>%1, month %2: no base set yet.</source>
        <translation>%1，%2月：尚未确定缴纳基数。</translation>
    </message>
    <message>
        <source>%1, month %2: %3 yuan owed. Click to record it paid today.</source>
        <translation>%1，%2月：应缴 %3 元。单击登记为今天已缴。</translation>
    </message>
    <message>
        <source>M%1</source>
        <translation>%1月</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>月缴</translation>
    </message>
    <message>
        <source>Monthly base %1 yuan</source>
        <translation>月缴纳基数 %1 元</translation>
    </message>
    <message>
        <source>Owing</source>
        <translation>欠缴</translation>
    </message>
    <message>
        <source>Months unpaid</source>
        <translation>欠缴月份</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>In a row</source>
        <translation>连续</translation>
    </message>
    <message>
        <source>Six months in a row without paying and without a proper reason count as leaving the party (Party Constitution, Article 9): talk with the member.</source>
        <translation>连续六个月不交纳党费且无正当理由的，按党章第九条视为自行脱党：请先与本人谈话。</translation>
    </message>
</context>
<context>
    <name>DuesOverview</name>
    <message>
        <source>Dues unpaid through %1-%2: %3 members, %4 yuan</source>
        <translation>截至%1-%2欠缴党费：%3 人，%4 元</translation>
    </message>
    <message>
        <source>Six months or more unpaid, talk with them: %1</source>
        <translation>连续六个月以上未缴，请谈话：%1</translation>
    </message>
    <message>
        <source>Dues are paid through %1-%2.</source>
        <translation>党费已缴至%1-%2。</translation>
    </message>
    <message>
        <source>%1: %2 since %3</source>
        <translation>%1：%2（自%3起）</translation>
    </message>
    <message>
        <source>and %1 more transfers due</source>
        <translation>另有 %1 项转接待办</translation>
    </message>
    <message>
        <source>No transfer is waiting for a receipt or a report.</source>
        <translation>没有待回执或待报到的组织关系转接。</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 等，另 %2 人</translation>
    </message>
</context>
<context>
    <name>DuesPage</name>
    <message>
        <source>%1: month %2 no longer paid.</source>
        <translation>%1：已撤销%2月缴费。</translation>
    </message>
    <message>
        <source>%1 owes no dues for month %2: not on this branch&apos;s roll then.</source>
        <translation>%1 %2月无需缴纳党费：当时不在本支部名册。</translation>
    </message>
    <message>
        <source>%1: month %2 paid, %3 yuan.</source>
        <translation>%1：%2月已缴，%3 元。</translation>
    </message>
    <message>
        <source>Month %1: %2 marked paid, %3 had paid already, %4 owe nothing that month or have no base.</source>
        <translation>%1月：登记已缴 %2 人，已缴过 %3 人，当月无需缴纳或未定基数 %4 人。</translation>
    </message>
    <message>
        <source>Export dues register</source>
        <translation>导出党费收缴登记表</translation>
    </message>
    <message>
        <source>dues-register-%1.xlsx</source>
        <translation>党费收缴登记表-%1.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Party dues</source>
        <translation>党费</translation>
    </message>
    <message>
        <source>Members %1 · year&apos;s dues %2 · paid %3 yuan</source>
        <translation>党员 %1 人 · 全年应缴 %2 · 已缴 %3 元</translation>
    </message>
    <message>
        <source>Payments %1</source>
        <translation>%1年缴纳情况</translation>
    </message>
    <message>
        <source>Unpaid through month %1 (%2)</source>
        <translation>截至%1月欠缴（%2）</translation>
    </message>
    <message>
        <source>Unpaid (no month of %1 is over yet)</source>
        <translation>欠缴（%1年尚无已过月份）</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Click a month (or press Space) to record it paid today or to undo it; Ctrl+click or Shift+click chooses several members.</source>
        <translation>单击某月（或按空格键）登记为今天已缴或撤销；按住 Ctrl 或 Shift 单击可选择多名党员。</translation>
    </message>
    <message>
        <source>Rules...</source>
        <translation>规则...</translation>
    </message>
    <message>
        <source>Export register...</source>
        <translation>导出登记表...</translation>
    </message>
    <message>
        <source>Set base...</source>
        <translation>设定基数...</translation>
    </message>
    <message>
        <source>Mark paid for</source>
        <translation>批量登记已缴：</translation>
    </message>
    <message>
        <source>month %1</source>
        <translation>%1月</translation>
    </message>
</context>
<context>
    <name>DuesRulesDialog</name>
    <message>
        <source>Dues rules</source>
        <translation>党费标准</translation>
    </message>
    <message>
        <source>The rates of the 2008 rules on party dues: a bracket&apos;s rate applies to the whole monthly income. Members&apos; amounts are worked out when their base is set.</source>
        <translation>按2008年《关于中国共产党党费收缴、使用和管理的规定》的比例：所在档次的比例适用于全部月收入。党员的月缴金额在设定基数时计算。</translation>
    </message>
    <message>
        <source>Wage or income</source>
        <translation>工资或收入</translation>
    </message>
    <message>
        <source>Pension</source>
        <translation>养老金</translation>
    </message>
    <message>
        <source>Farmers</source>
        <translation>农民</translation>
    </message>
    <message>
        <source>Students, unemployed, relief</source>
        <translation>学生、失业、低保等</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>yuan a month</source>
        <translation>元/月</translation>
    </message>
    <message>
        <source>Published rates</source>
        <translation>恢复规定标准</translation>
    </message>
</context>
<context>
    <name>DuesTexts</name>
    <message>
        <source>Salaried (after-tax wage)</source>
        <translation>在职（按月税后工资）</translation>
    </message>
    <message>
        <source>Self-employed (last quarter&apos;s average net income)</source>
        <translation>个体经营等（上季度月平均纯收入）</translation>
    </message>
    <message>
        <source>Retired (pension)</source>
        <translation>离退休（离退休费或养老金）</translation>
    </message>
    <message>
        <source>Farmer (set amount)</source>
        <translation>农民（定额）</translation>
    </message>
    <message>
        <source>Student, unemployed, on relief or minimum allowance</source>
        <translation>学生、下岗失业、依靠抚恤救济或领取低保</translation>
    </message>
    <message>
        <source>Reduced or exempt (approved)</source>
        <translation>困难少交或免交（经批准）</translation>
    </message>
    <message>
        <source>Only party members pay dues.</source>
        <translation>只有党员交纳党费。</translation>
    </message>
    <message>
        <source>A month is 1 to 12.</source>
        <translation>月份应为 1 至 12。</translation>
    </message>
    <message>
        <source>Enter a year between 1949 and 2200.</source>
        <translation>请输入 1949 至 2200 之间的年份。</translation>
    </message>
    <message>
        <source>Enter the monthly income the rate applies to.</source>
        <translation>请填写计算党费的月收入基数。</translation>
    </message>
    <message>
        <source>The amount is outside what the rules allow for this category.</source>
        <translation>金额超出该类别规定的范围。</translation>
    </message>
    <message>
        <source>A reduced amount needs the higher committee&apos;s approval: note it.</source>
        <translation>少交或免交须经上一级党委批准，请注明批准情况。</translation>
    </message>
    <message>
        <source>This month is already paid.</source>
        <translation>该月党费已交纳。</translation>
    </message>
    <message>
        <source>No dues are set for this member for that month; set the base first.</source>
        <translation>该党员该月尚未核定党费，请先设定缴纳基数。</translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation>日期不能晚于今天。</translation>
    </message>
    <message>
        <source>Not found; it may have been deleted.</source>
        <translation>未找到，可能已被删除。</translation>
    </message>
    <message>
        <source>The brackets must rise, end open and have rates between 0.1 and 10 %.</source>
        <translation>分档上限应逐档递增、最后一档不设上限，比例在 0.1% 至 10% 之间。</translation>
    </message>
    <message>
        <source>Name the members, or give --all (not both).</source>
        <translation>请列出党员，或使用 --all（二者择一）。</translation>
    </message>
    <message>
        <source>Month %1: %2</source>
        <translation>%1月：%2</translation>
    </message>
</context>
<context>
    <name>DutyEntryDialog</name>
    <message>
        <source>New entry</source>
        <translation>新增值班记录</translation>
    </message>
    <message>
        <source>Edit entry</source>
        <translation>编辑值班记录</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>值班人</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>来访人</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Household / address</source>
        <translation>住址/户</translation>
    </message>
    <message>
        <source>Matter *</source>
        <translation>事项 *</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Answer / action</source>
        <translation>答复/处理</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>noted at</source>
        <translation>登记于</translation>
    </message>
    <message>
        <source>due by</source>
        <translation>限期至</translation>
    </message>
    <message>
        <source>phone, or how to reach them</source>
        <translation>电话或其他联系方式</translation>
    </message>
    <message>
        <source>e.g. 3-502</source>
        <translation>如 3-502</translation>
    </message>
    <message>
        <source>What the resident came about</source>
        <translation>来访人反映的事项</translation>
    </message>
    <message>
        <source>On duty by the published roster: %1, %2</source>
        <translation>按已发布的值班表，当班：%1，%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>DutyLogModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>On duty</source>
        <translation>值班人</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>来访人</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答复/处理</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Inspected</source>
        <translation>检查</translation>
    </message>
</context>
<context>
    <name>DutyLogPage</name>
    <message>
        <source>Delete the entry of %1 about “%2”? This cannot be undone.</source>
        <translation>删除 %1 关于“%2”的记录？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Delete entries</source>
        <translation>删除记录</translation>
    </message>
    <message>
        <source>Export record book</source>
        <translation>导出值班记录簿</translation>
    </message>
    <message>
        <source>duty-log-%1.xlsx</source>
        <translation>值班记录簿-%1.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Saved. The entry is not listed here because it lies outside this month or outside the filters.</source>
        <translation>已保存。该记录不在本月范围内或不符合当前筛选条件，因此未在此列出。</translation>
    </message>
    <message>
        <source>Record book</source>
        <translation>值班记录簿</translation>
    </message>
    <message>
        <source>%1 — entries: %2 · resolved: %3 · follow-ups open: %4 · inspected: %5</source>
        <translation>%1 — 记录：%2 条 · 办结率：%3 · 待跟进：%4 · 已检查：%5</translation>
    </message>
    <message>
        <source>(showing %1)</source>
        <translation>（显示 %1 条）</translation>
    </message>
    <message>
        <source>Open follow-ups (all months): %1</source>
        <translation>待跟进事项（所有月份）：%1</translation>
    </message>
    <message>
        <source>Search words, names, phone ...</source>
        <translation>搜索内容、姓名、电话……</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Open follow-ups only</source>
        <translation>只看待跟进</translation>
    </message>
    <message>
        <source>New entry...</source>
        <translation>新增记录...</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>编辑...</translation>
    </message>
    <message>
        <source>Delete...</source>
        <translation>删除...</translation>
    </message>
    <message>
        <source>Close follow-up...</source>
        <translation>办结跟进...</translation>
    </message>
    <message>
        <source>Mark inspected...</source>
        <translation>标记已检查...</translation>
    </message>
    <message>
        <source>Excel...</source>
        <translation>Excel...</translation>
    </message>
    <message>
        <source>On-duty record book %1</source>
        <translation>值班记录簿 %1</translation>
    </message>
    <message>
        <source>Print preview...</source>
        <translation>打印预览...</translation>
    </message>
    <message>
        <source>Print...</source>
        <translation>打印...</translation>
    </message>
    <message>
        <source>Delete the chosen entries (%1)? This cannot be undone.</source>
        <translation>删除这 %1 条记录？此操作无法撤销。</translation>
    </message>
    <message>
        <source>%1: no entries yet. %2 logs a visitor&apos;s matter, the answer given and any follow-up.</source>
        <translation>%1：暂无记录。点击%2可登记来访事项、答复情况和需要跟进的事。</translation>
    </message>
    <message>
        <source>Record-book entry of %1: %2</source>
        <translation>%1值班记录：%2</translation>
    </message>
    <message>
        <source>History...</source>
        <translation>修改记录...</translation>
    </message>
</context>
<context>
    <name>DutyLogTexts</name>
    <message>
        <source>Consultation</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证明开具</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Dispute mediation</source>
        <translation>纠纷调解</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>报修</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>困难求助</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>意见建议</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>无需跟进</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待跟进</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>The day cannot be in the future.</source>
        <translation>日期不能晚于今天。</translation>
    </message>
    <message>
        <source>A phone number has 5 to 15 digits. Other contacts (WeChat, &quot;via the building head&quot;) may be written as words.</source>
        <translation>电话号码应为 5 到 15 位数字。其他联系方式（如微信、“请楼长转告”）可直接用文字填写。</translation>
    </message>
    <message>
        <source>Choose one of the listed categories.</source>
        <translation>请从列表中选择一个类别。</translation>
    </message>
    <message>
        <source>The follow-up cannot be due before the day of the entry.</source>
        <translation>跟进期限不能早于记录日期。</translation>
    </message>
    <message>
        <source>This entry has no open follow-up.</source>
        <translation>该记录没有待跟进事项。</translation>
    </message>
    <message>
        <source>A follow-up cannot be closed before the day of the entry.</source>
        <translation>办结日期不能早于记录日期。</translation>
    </message>
    <message>
        <source>This entry no longer exists; it may have been deleted on another computer.</source>
        <translation>该记录已不存在，可能已在其他电脑上被删除。</translation>
    </message>
    <message>
        <source>This shift type no longer exists; choose another.</source>
        <translation>该班次已不存在，请另选。</translation>
    </message>
    <message>
        <source>This person is no longer in the register; choose another.</source>
        <translation>此人已不在名册中，请另选。</translation>
    </message>
    <message>
        <source>This choice no longer exists; choose another.</source>
        <translation>所选项已不存在，请另选。</translation>
    </message>
    <message>
        <source>Write down what the resident came about.</source>
        <translation>请填写来访事项。</translation>
    </message>
    <message>
        <source>Choose who inspected the book.</source>
        <translation>请选择检查人。</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>此项必填。</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>已逾期（%1到期）</translation>
    </message>
    <message>
        <source>Open, due %1</source>
        <translation>待跟进（%1前）</translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation>已办结（%1）</translation>
    </message>
</context>
<context>
    <name>EvaluationModel</name>
    <message>
        <source>Member</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>By the vote</source>
        <translation>按投票结果</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>评定等次</translation>
    </message>
    <message>
        <source> (probationary)</source>
        <translation>（预备党员）</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>不评定等次</translation>
    </message>
</context>
<context>
    <name>EvaluationPage</name>
    <message>
        <source>Democratic evaluation %1</source>
        <translation>%1年度民主评议</translation>
    </message>
    <message>
        <source>New evaluation</source>
        <translation>新建民主评议</translation>
    </message>
    <message>
        <source>Year evaluated (every current party member is included):</source>
        <translation>评议年度（现有党员全部参加）：</translation>
    </message>
    <message>
        <source>Delete evaluation</source>
        <translation>删除民主评议</translation>
    </message>
    <message>
        <source>Delete this evaluation with all its tallies and grades? This cannot be undone.</source>
        <translation>删除此次民主评议及其全部计票和等次？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Graded %1: %2. Probationary members taking part without a grade: %3.</source>
        <translation>评定等次 %1 人：%2。参加评议、不评定等次的预备党员：%3 人。</translation>
    </message>
    <message>
        <source>Assessment: %1</source>
        <translation>评议情况：%1</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>评议情况</translation>
    </message>
    <message>
        <source>Democratic evaluation</source>
        <translation>民主评议</translation>
    </message>
    <message>
        <source>New evaluation...</source>
        <translation>新建民主评议...</translation>
    </message>
    <message>
        <source>Delete...</source>
        <translation>删除...</translation>
    </message>
    <message>
        <source>Count ballots one by one...</source>
        <translation>逐张计票...</translation>
    </message>
    <message>
        <source>Grade by the vote</source>
        <translation>按投票评定等次</translation>
    </message>
    <message>
        <source>The cap on “excellent” held back %1, whom the vote suggests as excellent; they are left without a grade. Give the reason to grade them excellent anyway?</source>
        <translation>受“优秀”比例限制，%1 虽经投票建议为优秀，暂未评定等次。是否说明理由，仍评为优秀？</translation>
    </message>
    <message>
        <source>“Excellent” is %1 of %2 graded members, over the office&apos;s cap of %4 (at most %3).</source>
        <translation>“优秀”为已评定的 %2 名党员中的 %1 名，超过本单位 %4 的比例上限（最多 %3 名）。</translation>
    </message>
    <message>
        <source>Reason recorded: %1</source>
        <translation>已记录理由：%1</translation>
    </message>
    <message>
        <source>A follow-up is opened for %1 (help, correction by a deadline, or persuading to leave): decide it on the Follow-ups page.</source>
        <translation>已为 %1 建立组织处置跟进（教育帮助、限期改正或劝其退党）：请在“组织处置”页作出决定。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Excellent cap...</source>
        <translation>优秀比例...</translation>
    </message>
    <message>
        <source>Give each member the best grade that more than half of the ballots give or exceed</source>
        <translation>为每名党员评定过半数选票达到或高于的最高等次</translation>
    </message>
    <message>
        <source>Ballots cast</source>
        <translation>收回票数</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>个人自评</translation>
    </message>
    <message>
        <source>Peer assessment</source>
        <translation>党员互评</translation>
    </message>
    <message>
        <source>Double-click a count to type the tally, or the grade to decide it</source>
        <translation>双击票数可填写计票结果，双击等次可确定等次</translation>
    </message>
    <message>
        <source>No evaluation yet. Start one with %1.</source>
        <translation>还没有民主评议。请点击%1开始。</translation>
    </message>
    <message>
        <source>Each grade column is a tally: double-click a member&apos;s count and type how many ballots gave that grade, or count the paper ballots with %1. %2 is the best grade that more than half of the ballots give or exceed; %3 gives it to everyone, and the last column holds the grade decided.</source>
        <translation>各等次列是计票数：双击党员对应的票数，填写评为该等次的选票张数；也可以用%1逐张统计纸质选票。%2是过半数选票评为该等次或更高等次时的最高等次；%3会按此为每人评定等次，最后一列是确定的等次。</translation>
    </message>
    <message>
        <source>Evaluation %1: %2</source>
        <translation>%1年民主评议：%2</translation>
    </message>
    <message>
        <source>History...</source>
        <translation>修改记录...</translation>
    </message>
</context>
<context>
    <name>EvaluationSettingsDialog</name>
    <message>
        <source>Evaluation settings</source>
        <translation>民主评议设置</translation>
    </message>
    <message>
        <source>At most this share of the graded members may be graded “excellent” (the usual rule is one third); a grade over it needs the reason. A member graded “unqualified” who is given a correction by a deadline gets this many months, at most a year.</source>
        <translation>评为“优秀”的党员不超过参加评定党员的这一比例（通常为三分之一）；超过时须说明理由。被评为“不合格”并限期改正的党员，改正期限为此月数，最长一年。</translation>
    </message>
    <message>
        <source>Cap on “excellent”</source>
        <translation>“优秀”比例上限</translation>
    </message>
    <message>
        <source>Correction period</source>
        <translation>限期改正期限</translation>
    </message>
    <message>
        <source>a share, e.g. 1/3</source>
        <translation>比例，如 1/3</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <source>Writing %1...</source>
        <translation>正在写入 %1...</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>已写入 %1。</translation>
    </message>
</context>
<context>
    <name>FairnessModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Duties</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Rest days</source>
        <translation>休息日</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>节假日</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>日期</translation>
    </message>
</context>
<context>
    <name>FollowupsModel</name>
    <message>
        <source>Member</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>评议年度</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>建立日期</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>处置决定</translation>
    </message>
    <message>
        <source>Helper / deadline / meeting</source>
        <translation>帮教人 / 期限 / 会议</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>%1 前</translation>
    </message>
</context>
<context>
    <name>FollowupsPage</name>
    <message>
        <source>Decide...</source>
        <translation>作出决定...</translation>
    </message>
    <message>
        <source>Close...</source>
        <translation>结束...</translation>
    </message>
    <message>
        <source>Open follow-ups only</source>
        <translation>只显示未结束的</translation>
    </message>
    <message>
        <source>A member graded “unqualified” in the democratic evaluation is followed up: first helped by a full member (帮教), or by the general meeting&apos;s vote given a deadline to correct (限期改正), persuaded to leave (劝退) or removed (除名). Red: to decide, or a correction whose deadline has come.</source>
        <translation>民主评议中被评为“不合格”的党员须进行组织处置：先由正式党员进行教育帮助（帮教），或经支部党员大会表决限期改正、劝其退党或除名。红色：待决定，或限期改正已到期。</translation>
    </message>
</context>
<context>
    <name>GapsModel</name>
    <message>
        <source>Member</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>Last talk</source>
        <translation>最近一次谈话</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未谈话</translation>
    </message>
</context>
<context>
    <name>GradeDelegate</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>PartyPlan user guide</source>
        <translation>PartyPlan 使用说明</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>值班记录</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>Resolution and vote</source>
        <translation>决议和表决</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>民主评议</translation>
    </message>
    <message>
        <source>Member&apos;s line</source>
        <translation>党员评议结果</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>值班表</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>班次安排</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>修改人</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>原值 → 新值</translation>
    </message>
    <message>
        <source>History</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <source>%1: every change, newest first.</source>
        <translation>%1：全部修改，最新的在前。</translation>
    </message>
    <message>
        <source>%1: no change is recorded.</source>
        <translation>%1：没有修改记录。</translation>
    </message>
</context>
<context>
    <name>HoursModel</name>
    <message>
        <source>Member</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>Party post</source>
        <translation>党内职务</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>应学学时</translation>
    </message>
    <message>
        <source>Class hours</source>
        <translation>已学学时</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>完成情况</translation>
    </message>
    <message>
        <source>%1, %2 short</source>
        <translation>%1，差 %2 学时</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import people</source>
        <translation>导入人员</translation>
    </message>
    <message>
        <source>Import people from %1</source>
        <translation>从 %1 导入人员</translation>
    </message>
    <message>
        <source>Columns ignored: %1</source>
        <translation>未识别的列（已忽略）：%1</translation>
    </message>
    <message>
        <source>%1 of the rows to import have a note (in blue): look at them before importing.</source>
        <translation>待导入的行中有 %1 行附有提示（蓝色），请在导入前查看。</translation>
    </message>
    <message>
        <source>Adding people (%1)...</source>
        <translation>正在添加人员（%1 人）...</translation>
    </message>
    <message>
        <source>Import people (%1)</source>
        <translation>导入 %1 人</translation>
    </message>
    <message>
        <source>Rows read: %1 · to import: %2 · with problems: %3 · duplicates: %4. Nothing is written until you press “%5”.</source>
        <translation>共读取 %1 行：可导入 %2 行，有问题 %3 行，重复 %4 行。点击“%5”之前不会写入任何数据。</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Will be imported</source>
        <translation>将导入</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>不导入</translation>
    </message>
    <message>
        <source>Duplicate, skipped</source>
        <translation>重复，跳过</translation>
    </message>
</context>
<context>
    <name>ImportTexts</name>
    <message>
        <source>holds a formula whose result was never saved; open the file in Excel or WPS, save it and import it again</source>
        <translation>为公式，但未保存计算结果；请用 Excel 或 WPS 打开该文件并保存后再导入</translation>
    </message>
    <message>
        <source>a quotation mark (&quot;) is not closed, so lines %1 were read as one row; close the quote and import again</source>
        <translation>有一个引号（&quot;）没有闭合，第 %1 行被读成了一行；请补全引号后再导入</translation>
    </message>
    <message>
        <source>Excel keeps 1985.1 and 1985.10 as the same number, so the month may be January or October; type the date as text, e.g. 1985-10</source>
        <translation>Excel 把 1985.1 和 1985.10 存为同一个数字，月份可能是 1 月也可能是 10 月；请以文本形式填写日期，如 1985-10</translation>
    </message>
    <message>
        <source>“%1” is none of the roles (cadre, party member, volunteer, resident representative): kept in the notes</source>
        <translation>“%1”不属于系统中的身份（干部、党员、志愿者、居民代表），已记入备注</translation>
    </message>
    <message>
        <source>“%1” read as %2</source>
        <translation>“%1”按%2导入</translation>
    </message>
    <message>
        <source>probationary member: the development file is opened at probation, admitted %1</source>
        <translation>预备党员：将建立发展党员档案，从预备期开始，接收日期 %1</translation>
    </message>
    <message>
        <source>probationary member without a date of joining: recorded as a party member; record the admission in Member development</source>
        <translation>预备党员未填入党日期：按党员登记；请在“发展党员”中补录接收为预备党员的信息</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>the same ID number</source>
        <translation>身份证号/编号相同</translation>
    </message>
    <message>
        <source>the same name and phone</source>
        <translation>姓名和电话相同</translation>
    </message>
    <message>
        <source>Already recorded as %1 (%2)</source>
        <translation>已登记为 %1（%2）</translation>
    </message>
    <message>
        <source>Same person as row %1 (%2)</source>
        <translation>与第 %1 行为同一人（%2）</translation>
    </message>
    <message>
        <source>Read the worksheet “%1” (the one shown when the file was saved).</source>
        <translation>已读取工作表“%1”（文件保存时显示的那一张）。</translation>
    </message>
    <message>
        <source>Read as %1 text.</source>
        <translation>已按 %1 编码读取。</translation>
    </message>
</context>
<context>
    <name>InspectDialog</name>
    <message>
        <source>Mark inspected</source>
        <translation>标记为已检查</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Inspected by *</source>
        <translation>检查人 *</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>检查意见</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>%1 chosen</source>
        <translation>已选 %1 条</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <source>e.g. records complete, follow up the repair</source>
        <translation>如：记录完整，请跟进报修事项</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>%1 already exists. Use File &gt; Open database to open it.</source>
        <translation>%1 已存在。请用“文件 &gt; 打开数据库”打开它。</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>This database is on a PostgreSQL server; back it up on the server (pg_dump).</source>
        <translation>此数据库位于 PostgreSQL 服务器上，请在服务器上备份（pg_dump）。</translation>
    </message>
    <message>
        <source>Writing the backup...</source>
        <translation>正在写入备份...</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>备份已写入 %1。</translation>
    </message>
    <message>
        <source>Import people</source>
        <translation>导入人员</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xlsm *.csv)</source>
        <translation>表格文件 (*.xlsx *.xlsm *.csv)</translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation>正在读取 %1...</translation>
    </message>
    <message>
        <source>people</source>
        <translation>人员名单</translation>
    </message>
    <message>
        <source>Export people</source>
        <translation>导出人员</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>The list holds personal data (ID numbers, phones, addresses), and %1 is in a folder that other users can open. Keep it in your own folders, or delete it when it has been used.</source>
        <translation>名单含有个人信息（身份证号、电话、住址），而 %1 所在的文件夹其他用户也能打开。请保存在自己的文件夹中，或用完后删除。</translation>
    </message>
    <message>
        <source>About PartyPlan</source>
        <translation>关于 PartyPlan</translation>
    </message>
    <message>
        <source>&lt;b&gt;PartyPlan&lt;/b&gt; %1&lt;br&gt;Plans, duty rosters, volunteer posts and meetings for a community or party-branch office.&lt;br&gt;&lt;br&gt;Database: %2</source>
        <translation>&lt;b&gt;PartyPlan&lt;/b&gt; %1&lt;br&gt;为社区和党支部办公室管理工作计划、值班排班、志愿岗位和会议。&lt;br&gt;&lt;br&gt;数据库：%2</translation>
    </message>
    <message>
        <source>Data folder (database, logs, automatic backups): %1</source>
        <translation>数据文件夹（数据库、日志、自动备份）：%1</translation>
    </message>
    <message>
        <source>Database on a network folder</source>
        <translation>数据库位于网络文件夹</translation>
    </message>
    <message>
        <source>Database in a synced folder</source>
        <translation>数据库在同步文件夹中</translation>
    </message>
    <message>
        <source>%1 is in a folder that %2 copies to the internet and to other computers. The copy can overwrite this file, or take it half-written, and damage it. Move the file to a folder that is not synced (File &gt; Open database, then choose it there); PartyPlan keeps its own backups.</source>
        <translation>%1 位于 %2 会同步到网络和其他电脑的文件夹中。同步可能覆盖此文件，或在写入一半时复制它，从而损坏数据。请把文件移到不同步的文件夹（“文件 &gt; 打开数据库”后在那里选择它）；PartyPlan 会自行保留备份。</translation>
    </message>
    <message>
        <source>%1 is on a network folder. Two computers writing the same file there can damage it. Keep the file on this computer, or let several computers share a PostgreSQL server (start PartyPlan with --db postgresql://...).</source>
        <translation>%1 位于网络文件夹中。两台电脑同时写入同一文件可能损坏数据。请把文件放在本机，或让多台电脑共用一台 PostgreSQL 服务器（用 --db postgresql://... 启动 PartyPlan）。</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>(on a network folder: see File &gt; Open database)</source>
        <translation>（位于网络文件夹：请见“文件 &gt; 打开数据库”）</translation>
    </message>
    <message>
        <source>(in a %1 folder: move it out)</source>
        <translation>（在 %1 同步文件夹中：请移出）</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概况</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>工作计划</translation>
    </message>
    <message>
        <source>Duty Rosters</source>
        <translation>值班排班</translation>
    </message>
    <message>
        <source>Volunteer Posts</source>
        <translation>志愿岗位</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>报告(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;New database...</source>
        <translation>新建数据库(&amp;N)...</translation>
    </message>
    <message>
        <source>&amp;Open database...</source>
        <translation>打开数据库(&amp;O)...</translation>
    </message>
    <message>
        <source>&amp;Back up now...</source>
        <translation>立即备份(&amp;B)...</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup...</source>
        <translation>从备份恢复(&amp;R)...</translation>
    </message>
    <message>
        <source>&amp;Check database</source>
        <translation>检查数据库(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Import people...</source>
        <translation>导入人员(&amp;I)...</translation>
    </message>
    <message>
        <source>&amp;Export people...</source>
        <translation>导出人员(&amp;E)...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Archive year...</source>
        <translation>年度归档(&amp;A)...</translation>
    </message>
    <message>
        <source>Office name and language...</source>
        <translation>单位名称和语言...</translation>
    </message>
    <message>
        <source>&amp;Yearly summary or quarterly report...</source>
        <translation>年度总结或季度报告(&amp;Y)...</translation>
    </message>
    <message>
        <source>&amp;About PartyPlan</source>
        <translation>关于 PartyPlan(&amp;A)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Open a month&apos;s roster or its on-duty record book on Duty Rosters to print it. Plans, meetings and registers print from the Word and Excel files their Export buttons write.</source>
        <translation>请在“值班排班”中打开某月的值班表或值班记录簿再打印。工作计划、会议和各类名册请用其导出的 Word、Excel 文件打印。</translation>
    </message>
    <message>
        <source>This month has no roster yet: generate it first.</source>
        <translation>本月还没有值班表，请先生成。</translation>
    </message>
    <message>
        <source>Print pre&amp;view...</source>
        <translation>打印预览(&amp;V)...</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>打印(&amp;P)...</translation>
    </message>
    <message>
        <source>People written to %2: %1.</source>
        <translation>已将 %1 人写入 %2。</translation>
    </message>
    <message>
        <source>People imported: %1.</source>
        <translation>已导入 %1 人。</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>使用说明(&amp;U)</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>已连接 %1。</translation>
    </message>
    <message>
        <source>Connect to server</source>
        <translation>连接服务器</translation>
    </message>
    <message>
        <source>This PC has no credential store, so the password is kept only until PartyPlan closes; it will be asked for again next time. It was not written anywhere.</source>
        <translation>本机没有凭据管理器，因此密码只保留到 PartyPlan 关闭为止，下次启动时需要重新输入。密码没有写入任何地方。</translation>
    </message>
    <message>
        <source>Export change log</source>
        <translation>导出修改日志</translation>
    </message>
    <message>
        <source>The year whose changes to write:</source>
        <translation>要导出哪一年的修改：</translation>
    </message>
    <message>
        <source>changes</source>
        <translation>修改日志</translation>
    </message>
    <message>
        <source>%1 changes written to %2.</source>
        <translation>已将 %1 条修改写入 %2。</translation>
    </message>
    <message>
        <source>Updated from another PC.</source>
        <translation>已按其他电脑的修改更新。</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>登录用户：%1</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Connect to server...</source>
        <translation>连接服务器(&amp;C)...</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Export &amp;change log...</source>
        <translation>导出修改日志(&amp;C)...</translation>
    </message>
    <message>
        <source>Refreshed.</source>
        <translation>已刷新。</translation>
    </message>
</context>
<context>
    <name>MarkDayDialog</name>
    <message>
        <source>Mark %1</source>
        <translation>标记 %1</translation>
    </message>
    <message>
        <source>This day is a</source>
        <translation>当天为</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>e.g. 停电, 社区活动</source>
        <translation>如：停电、社区活动</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>(the office as a whole)</source>
        <translation>（全单位）</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Plan a meeting</source>
        <translation>计划会议</translation>
    </message>
    <message>
        <source>Edit meeting</source>
        <translation>编辑会议</translation>
    </message>
    <message>
        <source>Type *</source>
        <translation>会议类型 *</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Date *</source>
        <translation>日期 *</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>所属组织</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>主持人</translation>
    </message>
    <message>
        <source>Recorder</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>会议议题</translation>
    </message>
    <message>
        <source>Fulfils plan item</source>
        <translation>对应计划任务</translation>
    </message>
    <message>
        <source>leave empty to use the type&apos;s name</source>
        <translation>留空则使用会议类型名称</translation>
    </message>
    <message>
        <source>one item per line</source>
        <translation>每行一项</translation>
    </message>
    <message>
        <source>e.g. 社区党群服务中心会议室</source>
        <translation>如：社区党群服务中心会议室</translation>
    </message>
    <message>
        <source>Recording the meeting as held marks this plan item done</source>
        <translation>会议登记为已召开后，此计划任务将标为已完成</translation>
    </message>
    <message>
        <source>at</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>The branch or party group that holds the meeting: it counts for that unit&apos;s three meetings and one lesson, and its members vote there</source>
        <translation>召开会议的支部或党小组：会议计入该组织的“三会一课”，由该组织的党员参加表决</translation>
    </message>
</context>
<context>
    <name>MeetingListModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>会议类型</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出席情况</translation>
    </message>
    <message>
        <source>Resolutions</source>
        <translation>决议</translation>
    </message>
</context>
<context>
    <name>MeetingSummary</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation>计划日期</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>主持人</translation>
    </message>
    <message>
        <source>Recorder</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Fulfils plan item</source>
        <translation>对应计划任务</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>会议议题</translation>
    </message>
    <message>
        <source>Resolutions</source>
        <translation>决议</translation>
    </message>
    <message>
        <source>Present %1 of %2 (%3)</source>
        <translation>应到 %2 人，实到 %1 人（%3）</translation>
    </message>
    <message>
        <source>Not present:</source>
        <translation>未出席：</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出席情况</translation>
    </message>
</context>
<context>
    <name>MeetingTexts</name>
    <message>
        <source>No fixed cadence</source>
        <translation>不定期</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>每季度</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>每年</translation>
    </message>
    <message>
        <source>In set months</source>
        <translation>指定月份</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>In months %1</source>
        <translation>%1月</translation>
    </message>
    <message>
        <source>Yearly (month %1)</source>
        <translation>每年（%1月）</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>已召开</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>已推迟</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>缺席</translation>
    </message>
    <message>
        <source>On leave</source>
        <translation>请假</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>优秀</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Basically qualified</source>
        <translation>基本合格</translation>
    </message>
    <message>
        <source>Unqualified</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>No quorum rule</source>
        <translation>不设法定人数</translation>
    </message>
    <message>
        <source>More than half of voting members present</source>
        <translation>应到会有表决权党员过半数</translation>
    </message>
    <message>
        <source>Two thirds of voting members present</source>
        <translation>应到会有表决权党员三分之二以上</translation>
    </message>
    <message>
        <source>More than four fifths of voting members present (elections)</source>
        <translation>有选举权的党员超过应到会人数的五分之四到会（选举）</translation>
    </message>
    <message>
        <source>Simple: more for than against</source>
        <translation>简单多数：赞成票多于反对票</translation>
    </message>
    <message>
        <source>More than half of voters present</source>
        <translation>到会有表决权人员过半数赞成</translation>
    </message>
    <message>
        <source>Two thirds of voters present</source>
        <translation>到会有表决权人员三分之二以上赞成</translation>
    </message>
    <message>
        <source>More than half of all members entitled to vote</source>
        <translation>赞成票超过应到会有表决权党员的半数</translation>
    </message>
    <message>
        <source>More than half present</source>
        <translation>过半数到会</translation>
    </message>
    <message>
        <source>Two thirds present</source>
        <translation>三分之二以上到会</translation>
    </message>
    <message>
        <source>Over four fifths present</source>
        <translation>超过五分之四到会</translation>
    </message>
    <message>
        <source>More for than against</source>
        <translation>赞成多于反对</translation>
    </message>
    <message>
        <source>More than half for</source>
        <translation>过半数赞成</translation>
    </message>
    <message>
        <source>Two thirds for</source>
        <translation>三分之二以上赞成</translation>
    </message>
    <message>
        <source>More than half of the entitled for</source>
        <translation>赞成超过应到会半数</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>一般决议</translation>
    </message>
    <message>
        <source>Election</source>
        <translation>选举</translation>
    </message>
    <message>
        <source>Admission of a probationary member</source>
        <translation>接收预备党员</translation>
    </message>
    <message>
        <source>Conversion to full membership</source>
        <translation>预备党员转正</translation>
    </message>
    <message>
        <source>Extension of the probation</source>
        <translation>延长预备期</translation>
    </message>
    <message>
        <source>Cancellation of the probation</source>
        <translation>取消预备党员资格</translation>
    </message>
    <message>
        <source>Disposal of an unqualified member</source>
        <translation>处置不合格党员</translation>
    </message>
    <message>
        <source>Valid with: %1 · passes with: %2</source>
        <translation>有效条件：%1 · 通过条件：%2</translation>
    </message>
    <message>
        <source>Probationary member: attends without a vote</source>
        <translation>预备党员：列席，无表决权</translation>
    </message>
    <message>
        <source> (probation until %1)</source>
        <translation>（预备期至 %1）</translation>
    </message>
    <message>
        <source>Floating member registered in another branch: no vote here</source>
        <translation>流动党员，组织关系在其他支部：在本支部无表决权</translation>
    </message>
    <message>
        <source>In-service member registered with another branch: no vote here</source>
        <translation>在职党员，组织关系在其他支部：在本支部无表决权</translation>
    </message>
    <message>
        <source>People chosen each time</source>
        <translation>每次选定人员</translation>
    </message>
    <message>
        <source>Cadres</source>
        <translation>干部</translation>
    </message>
    <message>
        <source>Party members</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>Residents&apos; representatives</source>
        <translation>居民代表</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>Party members and residents&apos; representatives</source>
        <translation>党员和居民代表</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>未按期召开</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>待召开</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>%1-%2</source>
        <translation>%1年%2月</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>%2年第%1季度</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>%1年</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Not passed: no quorum</source>
        <translation>未通过：到会人数不足</translation>
    </message>
    <message>
        <source>Not passed: majority not reached</source>
        <translation>未通过：赞成票未达到规定</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>此项必填。</translation>
    </message>
    <message>
        <source>This is too long.</source>
        <translation>内容过长。</translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation>日期不能晚于今天。</translation>
    </message>
    <message>
        <source>A meeting type with this name already exists.</source>
        <translation>已有同名的会议类型。</translation>
    </message>
    <message>
        <source>Months are numbers from 1 to 12, e.g. 2, 4, 6.</source>
        <translation>月份应为 1 至 12 的数字，如 2, 4, 6。</translation>
    </message>
    <message>
        <source>Name the months, e.g. 2, 4, 6.</source>
        <translation>请填写月份，如 2, 4, 6。</translation>
    </message>
    <message>
        <source>A yearly meeting has one preferred month.</source>
        <translation>每年召开的会议只能指定一个月份。</translation>
    </message>
    <message>
        <source>Unknown group of attendees.</source>
        <translation>未知的参会范围。</translation>
    </message>
    <message>
        <source>Give the reason for the leave.</source>
        <translation>请填写请假事由。</translation>
    </message>
    <message>
        <source>Record the meeting to mark it held.</source>
        <translation>请通过登记会议将其标为已召开。</translation>
    </message>
    <message>
        <source>A cadre cannot talk with themselves.</source>
        <translation>干部不能与自己谈话。</translation>
    </message>
    <message>
        <source>Not found; it may have been deleted.</source>
        <translation>未找到，可能已被删除。</translation>
    </message>
    <message>
        <source>Enter a year between 1949 and 2200.</source>
        <translation>请输入 1949 至 2200 之间的年份。</translation>
    </message>
    <message>
        <source>Counts cannot be negative.</source>
        <translation>票数不能为负数。</translation>
    </message>
    <message>
        <source>Fewer ballots than a member&apos;s marks add up to.</source>
        <translation>收回票数少于某名党员各等次得票之和。</translation>
    </message>
    <message>
        <source>The tallies add up to more than the ballots cast.</source>
        <translation>计票合计超过了收回票数。</translation>
    </message>
    <message>
        <source>Probationary members take part but are not graded.</source>
        <translation>预备党员参加评议，但不评定等次。</translation>
    </message>
    <message>
        <source>This person is not being evaluated.</source>
        <translation>此人不在本次评议范围内。</translation>
    </message>
    <message>
        <source>This resolution is already a plan item.</source>
        <translation>该决议已列入计划任务。</translation>
    </message>
    <message>
        <source>A probationary member attends but has no vote.</source>
        <translation>预备党员列席会议，没有表决权。</translation>
    </message>
    <message>
        <source>This member&apos;s organisational relation is in another branch: no vote here.</source>
        <translation>该党员的组织关系在其他支部，在本支部没有表决权。</translation>
    </message>
    <message>
        <source>Only full party members of the branch vote.</source>
        <translation>只有本支部的正式党员有表决权。</translation>
    </message>
    <message>
        <source>This member belongs to another branch: no vote here.</source>
        <translation>该党员属于其他支部，在本支部没有表决权。</translation>
    </message>
    <message>
        <source>This kind of decision is taken by a vote: enter the tally.</source>
        <translation>此类事项须经表决：请填写表决票数。</translation>
    </message>
    <message>
        <source>Name the member this vote concerns.</source>
        <translation>请选择本次表决涉及的党员。</translation>
    </message>
    <message>
        <source>An ordinary resolution follows its meeting type&apos;s rule.</source>
        <translation>一般决议按会议类型的表决规则计票。</translation>
    </message>
    <message>
        <source>This would grade more members excellent than the office&apos;s cap allows; give the reason to go over it.</source>
        <translation>评为“优秀”的人数将超过本单位规定的比例；如确需超出，请说明理由。</translation>
    </message>
    <message>
        <source>The cap is a share between 0 and 1, e.g. 1/3.</source>
        <translation>比例应在 0 和 1 之间，如 1/3。</translation>
    </message>
    <message>
        <source>%1 votes but only %2 voters present: check the tally.</source>
        <translation>共 %1 票，但到会有表决权人员只有 %2 人，请核对计票。</translation>
    </message>
    <message>
        <source>More voters present than members with voting rights.</source>
        <translation>到会表决人数超过了有表决权的人数。</translation>
    </message>
    <message>
        <source>Resolution %1: %2</source>
        <translation>决议 %1：%2</translation>
    </message>
    <message>
        <source>There is no meeting %1.</source>
        <translation>不存在会议 %1。</translation>
    </message>
    <message>
        <source>There is no evaluation %1.</source>
        <translation>不存在民主评议 %1。</translation>
    </message>
    <message>
        <source>Not found: %1.</source>
        <translation>未找到：%1。</translation>
    </message>
</context>
<context>
    <name>MeetingTypeDialog</name>
    <message>
        <source>e.g. 2, 4, 6</source>
        <translation>如 2, 4, 6</translation>
    </message>
    <message>
        <source>preferred month, e.g. 12</source>
        <translation>指定月份，如 12</translation>
    </message>
    <message>
        <source>New meeting type</source>
        <translation>新增会议类型</translation>
    </message>
    <message>
        <source>Edit meeting type</source>
        <translation>编辑会议类型</translation>
    </message>
    <message>
        <source>Name (Chinese) *</source>
        <translation>名称（中文）*</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>名称（英文）</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>召开频次</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>参会人员</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>表决</translation>
    </message>
    <message>
        <source>Valid when</source>
        <translation>法定人数</translation>
    </message>
    <message>
        <source>Passes with</source>
        <translation>表决通过规则</translation>
    </message>
    <message>
        <source>The meeting takes votes on resolutions</source>
        <translation>会议对决议进行表决</translation>
    </message>
</context>
<context>
    <name>MeetingsTab</name>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Previous year</source>
        <translation>上一年</translation>
    </message>
    <message>
        <source>Next year</source>
        <translation>下一年</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>会议安排</translation>
    </message>
    <message>
        <source>Cadence check</source>
        <translation>召开情况检查</translation>
    </message>
    <message>
        <source>Talks</source>
        <translation>谈心谈话</translation>
    </message>
    <message>
        <source>Democratic evaluation</source>
        <translation>民主评议</translation>
    </message>
    <message>
        <source>Meeting types</source>
        <translation>会议类型</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>组织处置</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Duty settings: %1</source>
        <translation>值班设置：%1</translation>
    </message>
    <message>
        <source>On duty</source>
        <translation>参加值班</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Monthly maximum</source>
        <translation>每月上限</translation>
    </message>
    <message>
        <source>Not available on</source>
        <translation>不值班日</translation>
    </message>
    <message>
        <source>Backup (B role)</source>
        <translation>AB岗替班人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Takes turns on duty</source>
        <translation>参加轮流值班</translation>
    </message>
    <message>
        <source>other tags, e.g. experienced, driver</source>
        <translation>其他标签，如：驾驶员、医护</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Leave and other absences</source>
        <translation>请假及其他缺勤</translation>
    </message>
    <message>
        <source>Wishes for particular days</source>
        <translation>特定日期的值班意愿</translation>
    </message>
    <message>
        <source>reason, e.g. 年假</source>
        <translation>事由，如：年假</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Leave and wishes are saved as soon as you add or remove them; the settings above are saved with OK.</source>
        <translation>请假和值班意愿在添加或移除时即已保存；上方的设置在点击“确定”后保存。</translation>
    </message>
</context>
<context>
    <name>MemberTexts</name>
    <message>
        <source>To decide</source>
        <translation>待研究</translation>
    </message>
    <message>
        <source>Help by a member (帮教)</source>
        <translation>帮教（指定党员帮助）</translation>
    </message>
    <message>
        <source>Correction by a deadline (限期改正)</source>
        <translation>限期改正</translation>
    </message>
    <message>
        <source>Persuaded to leave (劝退)</source>
        <translation>劝其退党</translation>
    </message>
    <message>
        <source>Removal (除名)</source>
        <translation>除名</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>已改正</translation>
    </message>
    <message>
        <source>Left the party</source>
        <translation>已退党/除名</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>工人</translation>
    </message>
    <message>
        <source>Farmer, herder or fisher</source>
        <translation>农牧渔民</translation>
    </message>
    <message>
        <source>Professional or technical staff</source>
        <translation>专业技术人员</translation>
    </message>
    <message>
        <source>Manager in an enterprise or institution</source>
        <translation>企事业单位管理人员</translation>
    </message>
    <message>
        <source>Staff of a party or state organ</source>
        <translation>党政机关工作人员</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>离退休人员</translation>
    </message>
    <message>
        <source>Other occupation</source>
        <translation>其他职业人员</translation>
    </message>
    <message>
        <source>Transferred in</source>
        <translation>转入</translation>
    </message>
    <message>
        <source>Transferred out</source>
        <translation>转出</translation>
    </message>
    <message>
        <source>Receipt of the letter not returned</source>
        <translation>介绍信回执未退回</translation>
    </message>
    <message>
        <source>Member transferred in has not reported</source>
        <translation>转入党员尚未报到</translation>
    </message>
    <message>
        <source>Full member</source>
        <translation>正式党员</translation>
    </message>
    <message>
        <source>Probationary</source>
        <translation>预备党员</translation>
    </message>
    <message>
        <source>Not a member</source>
        <translation>非党员</translation>
    </message>
    <message>
        <source>no vote: probationary</source>
        <translation>无表决权：预备党员</translation>
    </message>
    <message>
        <source>no vote: registered in another branch</source>
        <translation>无表决权：组织关系在其他支部</translation>
    </message>
    <message>
        <source>Decide the follow-up of an unqualified member</source>
        <translation>研究不合格党员的处置</translation>
    </message>
    <message>
        <source>Review the correction</source>
        <translation>限期改正期满，研究改正情况</translation>
    </message>
    <message>
        <source>Not found; it may have been deleted.</source>
        <translation>未找到，可能已被删除。</translation>
    </message>
    <message>
        <source>This follow-up is already closed.</source>
        <translation>该处置已结束。</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>此项必填。</translation>
    </message>
    <message>
        <source>The date is before the follow-up was opened.</source>
        <translation>日期早于处置开始日期。</translation>
    </message>
    <message>
        <source>The member who helps must be another full member.</source>
        <translation>帮教人须为其他正式党员。</translation>
    </message>
    <message>
        <source>A correction&apos;s deadline is after the decision and at most a year later.</source>
        <translation>限期改正的期限应晚于决定日期，且最长不超过一年。</translation>
    </message>
    <message>
        <source>Choose the general meeting that voted on this.</source>
        <translation>请选择对此进行表决的支部党员大会。</translation>
    </message>
    <message>
        <source>The decision is dated the day the meeting was held.</source>
        <translation>决定日期应为会议召开日期。</translation>
    </message>
    <message>
        <source>The meeting has no vote on disposing of this member.</source>
        <translation>该会议没有对该党员组织处置的表决。</translation>
    </message>
    <message>
        <source>The meeting&apos;s vote did not pass.</source>
        <translation>该会议的表决未通过。</translation>
    </message>
    <message>
        <source>This person is not a party member here.</source>
        <translation>此人不是本单位党员。</translation>
    </message>
    <message>
        <source>Not one of the 56 nationalities (e.g. 汉族, 回族, 壮族).</source>
        <translation>不是 56 个民族之一（如汉族、回族、壮族）。</translation>
    </message>
    <message>
        <source>This is too long.</source>
        <translation>内容过长。</translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation>日期不能晚于今天。</translation>
    </message>
    <message>
        <source>Full membership cannot come before joining the party.</source>
        <translation>转正日期不能早于入党日期。</translation>
    </message>
    <message>
        <source>This date is before the letter was issued.</source>
        <translation>日期早于介绍信开具日期。</translation>
    </message>
    <message>
        <source>This member is not on the roll here on that day.</source>
        <translation>该党员当日不在本单位党员名册中。</translation>
    </message>
    <message>
        <source>This member is already registered here.</source>
        <translation>该党员组织关系已在本单位。</translation>
    </message>
    <message>
        <source>Members join a branch or a party group.</source>
        <translation>党员只能编入党支部或党小组。</translation>
    </message>
    <message>
        <source>Only a member transferred in reports here or joins a branch.</source>
        <translation>只有转入的党员才需要报到或编入支部。</translation>
    </message>
    <message>
        <source>%1 people are named %2: give the id instead.</source>
        <translation>有 %1 人名为 %2：请改用编号。</translation>
    </message>
    <message>
        <source>Nobody with the id or name %1.</source>
        <translation>没有编号或姓名为 %1 的人员。</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <source>Belongs to</source>
        <translation>所在组织</translation>
    </message>
</context>
<context>
    <name>MonthModel</name>
    <message>
        <source>Marked by the office</source>
        <translation>本单位自行标记</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Move to another post</source>
        <translation>调整岗位</translation>
    </message>
    <message>
        <source>End membership</source>
        <translation>离岗</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>New post</source>
        <translation>新岗位</translation>
    </message>
    <message>
        <source>From</source>
        <translation>调岗日期</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>离岗日期</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <source>Open holiday notice</source>
        <translation>打开放假通知</translation>
    </message>
    <message>
        <source>Text files (*.txt *.csv);;All files (*)</source>
        <translation>文本文件 (*.txt *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Replace the public holidays already recorded for %1 with this notice? Days you marked yourself stay as marked.</source>
        <translation>用此通知替换已登记的 %1 年法定节假日安排吗？您自行标记的日子保持不变。</translation>
    </message>
    <message>
        <source>One line per day or date range: date, 放假/上班, name.</source>
        <translation>每行一天或一个日期范围：日期, 放假/上班, 名称。</translation>
    </message>
    <message>
        <source>Ready to import: public holidays %1, adjusted workdays %2.</source>
        <translation>可导入：法定节假日 %1 天，调休上班日 %2 天。</translation>
    </message>
    <message>
        <source>Holiday notice</source>
        <translation>放假通知</translation>
    </message>
    <message>
        <source>Copy the public holidays and adjusted workdays from the State Council notice, one line each. They replace the year&apos;s holidays; days you marked yourself stay as marked.</source>
        <translation>请按国务院放假通知录入法定节假日和调休上班日，每行一条。录入内容将替换该年度的节假日安排；您自行标记的日子保持不变。</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Open file...</source>
        <translation>打开文件...</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>For example:</source>
        <translation>例如：</translation>
    </message>
</context>
<context>
    <name>OrgDialog</name>
    <message>
        <source>New organisation</source>
        <translation>新建组织</translation>
    </message>
    <message>
        <source>Edit organisation</source>
        <translation>编辑组织</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>名称 *</translation>
    </message>
    <message>
        <source>Stands under</source>
        <translation>上级组织</translation>
    </message>
    <message>
        <source>(none: at the top)</source>
        <translation>（无：最高一级）</translation>
    </message>
</context>
<context>
    <name>OrganisationTexts</name>
    <message>
        <source>Party committee (党委)</source>
        <translation>党委</translation>
    </message>
    <message>
        <source>General branch (党总支)</source>
        <translation>党总支</translation>
    </message>
    <message>
        <source>Branch (支部)</source>
        <translation>党支部</translation>
    </message>
    <message>
        <source>Party group (党小组)</source>
        <translation>党小组</translation>
    </message>
    <message>
        <source>Prepare the election: the term ends within six months</source>
        <translation>筹备换届：任期将在六个月内届满</translation>
    </message>
    <message>
        <source>The term has ended without an election</source>
        <translation>任期已届满，尚未换届</translation>
    </message>
    <message>
        <source>Branch general meeting (支部党员大会)</source>
        <translation>支部党员大会</translation>
    </message>
    <message>
        <source>Branch committee meeting (支委会)</source>
        <translation>支委会</translation>
    </message>
    <message>
        <source>Party group meeting (党小组会)</source>
        <translation>党小组会</translation>
    </message>
    <message>
        <source>Party lecture (党课)</source>
        <translation>党课</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>此项必填。</translation>
    </message>
    <message>
        <source>This is too long.</source>
        <translation>内容过长。</translation>
    </message>
    <message>
        <source>An organisation with this name already exists.</source>
        <translation>已有同名的党组织。</translation>
    </message>
    <message>
        <source>A party group belongs to a branch; a branch to a party committee or a general branch (or to none); a general branch to a party committee (or to none).</source>
        <translation>党小组隶属于党支部；党支部隶属于党委或党总支（也可不设上级）；党总支隶属于党委（也可不设上级）。</translation>
    </message>
    <message>
        <source>Not found; it may have been deleted.</source>
        <translation>未找到，可能已被删除。</translation>
    </message>
    <message>
        <source>Organisations stand under this one: its kind cannot change.</source>
        <translation>该组织下设有其他组织，不能更改类型。</translation>
    </message>
    <message>
        <source>People belong to a branch or a party group.</source>
        <translation>人员只能编入党支部或党小组。</translation>
    </message>
    <message>
        <source>A party group elects no committee.</source>
        <translation>党小组不设委员会，不进行换届选举。</translation>
    </message>
    <message>
        <source>A committee&apos;s term is three or five years.</source>
        <translation>委员会每届任期为三年或五年。</translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation>日期不能晚于今天。</translation>
    </message>
    <message>
        <source>Choose the meeting that held the election (a vote recorded as an election).</source>
        <translation>请选择进行选举的会议（表决类型为“选举”）。</translation>
    </message>
    <message>
        <source>The term starts the day the election meeting was held; record the meeting as held first.</source>
        <translation>任期自选举会议召开之日起算；请先将该会议登记为已召开。</translation>
    </message>
    <message>
        <source>The election at that meeting did not pass (more than four fifths must be present).</source>
        <translation>该会议的选举无效或未通过（有选举权的到会人数须超过应到会人数的五分之四）。</translation>
    </message>
    <message>
        <source>A later term is already recorded.</source>
        <translation>已登记了更晚的一届任期。</translation>
    </message>
    <message>
        <source>The election can be put off by at most a year after the term&apos;s end.</source>
        <translation>延期换届最长不超过任期届满后一年。</translation>
    </message>
</context>
<context>
    <name>OverCapDialog</name>
    <message>
        <source>Over the cap on “excellent”</source>
        <translation>超过“优秀”比例</translation>
    </message>
    <message>
        <source>This would grade %1 of %2 members “excellent”; the office&apos;s cap of %3 allows %4. To go over it, give the reason (it is kept with the evaluation):</source>
        <translation>这样将有 %2 名党员中的 %1 名评为“优秀”；本单位 %3 的比例上限最多允许 %4 名。如需超过，请说明理由（理由将随本次评议保存）：</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>No plan for %1 yet.</source>
        <translation>%1年尚无工作计划。</translation>
    </message>
    <message>
        <source>%1: %2 of %3 done (%4)</source>
        <translation>%1：已完成 %2/%3（%4）</translation>
    </message>
    <message>
        <source>%1: no roster yet</source>
        <translation>%1：尚无值班表</translation>
    </message>
    <message>
        <source>%1: draft, not published</source>
        <translation>%1：草稿，未发布</translation>
    </message>
    <message>
        <source>%1: published, version %2</source>
        <translation>%1：已发布，第 %2 版</translation>
    </message>
    <message>
        <source>No confirmed public holidays for %1 yet: enter the notice.</source>
        <translation>尚无 %1 已确认的法定节假日，请录入放假通知。</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>未按期召开</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>... and %1 more</source>
        <translation>……另有 %1 项</translation>
    </message>
    <message>
        <source>%1 of %2 reached the service target</source>
        <translation>%2 人中 %1 人达到服务时长目标</translation>
    </message>
    <message>
        <source>Everyone has the training days required this year.</source>
        <translation>今年所有人员均已达到培训天数要求。</translation>
    </message>
    <message>
        <source>What needs attention</source>
        <translation>待关注事项</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>工作计划</translation>
    </message>
    <message>
        <source>Duty rosters</source>
        <translation>值班排班</translation>
    </message>
    <message>
        <source>Record book</source>
        <translation>值班记录簿</translation>
    </message>
    <message>
        <source>Volunteer posts</source>
        <translation>志愿岗位</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Member development</source>
        <translation>发展党员</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Branches and terms</source>
        <translation>支部与换届</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Overdue items: %1</source>
        <translation>逾期任务：%1 项</translation>
    </message>
    <message>
        <source>This month: entries %1, resolved %2</source>
        <translation>本月：记录 %1 条，办结率 %2</translation>
    </message>
    <message>
        <source>Open follow-ups: %1</source>
        <translation>待跟进：%1 项</translation>
    </message>
    <message>
        <source>Overdue follow-ups: %1</source>
        <translation>跟进逾期：%1 项</translation>
    </message>
    <message>
        <source>Required meetings held this year: %1 of %2</source>
        <translation>今年规定会议应开 %2 次，已开 %1 次</translation>
    </message>
    <message>
        <source>People on posts: %1 (posts: %2); hours of service this year: %3</source>
        <translation>%2 个岗位共 %1 人；今年服务时长 %3 小时</translation>
    </message>
    <message>
        <source>Households visited: %1; difficulties open: %2</source>
        <translation>入户走访 %1 户；%2 件困难/诉求待解决</translation>
    </message>
    <message>
        <source>Short of the required training days (%1): %2</source>
        <translation>%1 人未达到培训天数要求：%2</translation>
    </message>
    <message>
        <source>Dues and transfers</source>
        <translation>党费与组织关系</translation>
    </message>
</context>
<context>
    <name>PeopleArea</name>
    <message>
        <source>Register</source>
        <translation>人员名册</translation>
    </message>
    <message>
        <source>Member development</source>
        <translation>发展党员</translation>
    </message>
    <message>
        <source>Branches</source>
        <translation>组织机构</translation>
    </message>
    <message>
        <source>Training and commendations</source>
        <translation>培训和表彰</translation>
    </message>
    <message>
        <source>Party dues</source>
        <translation>党费</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>组织关系转接</translation>
    </message>
    <message>
        <source>Member structure</source>
        <translation>党员结构</translation>
    </message>
</context>
<context>
    <name>PeopleChecklist</name>
    <message>
        <source>%1 chosen</source>
        <translation>已选 %1 人</translation>
    </message>
    <message>
        <source>Search names</source>
        <translation>搜索姓名</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Off the roll</source>
        <translation>不在册</translation>
    </message>
    <message>
        <source>Transferred out (or not yet reported here): not on this office&apos;s roll; see People › Transfers.</source>
        <translation>已转出（或尚未来报到）：不在本单位党员名册中；见“人员 › 组织关系转接”。</translation>
    </message>
</context>
<context>
    <name>PeoplePicker</name>
    <message>
        <source>Choose people</source>
        <translation>选择人员</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <source>Delete %1? People already named in records (duties, meetings, posts) are archived instead, so that those records stay complete.</source>
        <translation>删除 %1？已在值班、会议、岗位等记录中出现的人员将改为归档，以保持这些记录完整。</translation>
    </message>
    <message>
        <source>Delete people</source>
        <translation>删除人员</translation>
    </message>
    <message>
        <source>%1 deleted; %2 archived because records refer to them.</source>
        <translation>已删除 %1 人；%2 人因有相关记录而改为归档。</translation>
    </message>
    <message>
        <source>All branches</source>
        <translation>全部支部</translation>
    </message>
    <message>
        <source>In no branch</source>
        <translation>未编入支部</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Search name, phone, address, unit ...</source>
        <translation>搜索姓名、电话、地址、单位……</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>全部身份</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Assign to a branch or group...</source>
        <translation>编入支部或党小组...</translation>
    </message>
    <message>
        <source>Add person...</source>
        <translation>新增人员...</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>编辑...</translation>
    </message>
    <message>
        <source>Delete...</source>
        <translation>删除...</translation>
    </message>
    <message>
        <source>Import...</source>
        <translation>导入...</translation>
    </message>
    <message>
        <source>Export...</source>
        <translation>导出...</translation>
    </message>
    <message>
        <source>People shown: %1 of %2 (%3 archived)</source>
        <translation>显示 %1 人，共 %2 人（已归档 %3 人）</translation>
    </message>
    <message>
        <source>Import a member list...</source>
        <translation>导入人员名单...</translation>
    </message>
    <message>
        <source>No one in the register yet</source>
        <translation>人员名册中还没有人员</translation>
    </message>
    <message>
        <source>Duty rosters, volunteer posts, meetings and training all draw on this register. Add people one at a time, or import the member list you keep in Excel or as a .csv file (%1 does the same): a preview shows who will be added before anything is saved.</source>
        <translation>值班排班、志愿岗位、会议和培训都以人员名册为基础。可以逐个新增人员，也可以导入 Excel 或 .csv 格式的人员名单（%1 作用相同）：保存之前会先预览将要添加的人员。</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>New person</source>
        <translation>新增人员</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>编辑人员</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>（未填）</translation>
    </message>
    <message>
        <source>resident ID or member number (optional)</source>
        <translation>身份证号或编号（选填）</translation>
    </message>
    <message>
        <source>e.g. 3-502</source>
        <translation>如 3-502</translation>
    </message>
    <message>
        <source>empty: a year after joining</source>
        <translation>不填：入党满一年</translation>
    </message>
    <message>
        <source>e.g. branch secretary, organisation committee member</source>
        <translation>如：支部书记、组织委员</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <source>Full member since</source>
        <translation>转正日期</translation>
    </message>
    <message>
        <source>Party post</source>
        <translation>党内职务</translation>
    </message>
    <message>
        <source>Taken from the member&apos;s development file (the conversion step).</source>
        <translation>取自该党员的发展档案（转正环节）。</translation>
    </message>
    <message>
        <source>For members without a development file; empty: a year after joining.</source>
        <translation>用于没有发展档案的党员；不填则按入党满一年计。</translation>
    </message>
</context>
<context>
    <name>PlanActions</name>
    <message>
        <source>Delete the plan “%1” with all its sections, items, notes and targets? This cannot be undone.</source>
        <translation>删除计划“%1”及其全部部分、任务、进展记录和目标？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Delete plan</source>
        <translation>删除计划</translation>
    </message>
    <message>
        <source>Copy to year</source>
        <translation>复制到年度</translation>
    </message>
    <message>
        <source>Copy this plan into the year (items start again as not started; recurring items are kept):</source>
        <translation>将本计划复制到以下年度（任务重新设为未开始，周期性任务保留）：</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Export plan</source>
        <translation>导出计划</translation>
    </message>
    <message>
        <source>New section</source>
        <translation>新部分</translation>
    </message>
    <message>
        <source>Add section</source>
        <translation>添加部分</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>添加任务</translation>
    </message>
    <message>
        <source>Add a section first, then items into it.</source>
        <translation>请先添加一个部分，再在其中添加任务。</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>新任务</translation>
    </message>
    <message>
        <source>Delete section</source>
        <translation>删除部分</translation>
    </message>
    <message>
        <source>Delete item</source>
        <translation>删除任务</translation>
    </message>
    <message>
        <source>Responsible people</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Record actual value</source>
        <translation>登记实际完成值</translation>
    </message>
    <message>
        <source>This target&apos;s actual value is computed from the People register; edit the target to type values in instead.</source>
        <translation>该目标的实际值由人员名册自动计算；如需手工填写，请编辑该目标。</translation>
    </message>
    <message>
        <source>Delete target</source>
        <translation>删除目标</translation>
    </message>
    <message>
        <source>Delete the target “%1”?</source>
        <translation>删除目标“%1”？</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>New plan</source>
        <translation>新建计划</translation>
    </message>
    <message>
        <source>Edit plan</source>
        <translation>编辑计划</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Title *</source>
        <translation>标题 *</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Guiding text</source>
        <translation>指导思想</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>e.g. 2027年社区党委工作计划</source>
        <translation>如：2027年社区党委工作计划</translation>
    </message>
</context>
<context>
    <name>PlanImportDialog</name>
    <message>
        <source>Open plan document</source>
        <translation>打开计划文档</translation>
    </message>
    <message>
        <source>Plan documents (*.txt *.docx)</source>
        <translation>计划文档 (*.txt *.docx)</translation>
    </message>
    <message>
        <source>Import plan</source>
        <translation>导入计划</translation>
    </message>
    <message>
        <source>Paste the plan&apos;s text on the left, or open a .txt or .docx file.</source>
        <translation>请在左侧粘贴计划文本，或打开 .txt / .docx 文件。</translation>
    </message>
    <message>
        <source>Open .txt or .docx file...</source>
        <translation>打开 .txt 或 .docx 文件...</translation>
    </message>
    <message>
        <source>Paste the plan here: title, guiding text, sections and numbered items.</source>
        <translation>在此粘贴计划：标题、指导思想、各部分及编号任务。</translation>
    </message>
    <message>
        <source>Year and kind</source>
        <translation>年度和类型</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Sections without items, with nothing to track (%1): %2. Number the tasks under them (1. 2. 3.) if they have any.</source>
        <translation>没有任务、无可跟踪的部分（%1 个）：%2。如其下有具体任务，请加上编号（1. 2. 3.）。</translation>
    </message>
    <message>
        <source>(no items)</source>
        <translation>（无任务）</translation>
    </message>
    <message>
        <source>No numbered tasks were found in this section: its text is kept, but there is nothing to mark as done.</source>
        <translation>此部分未找到带编号的任务：其文字会保留，但没有可标记完成的事项。</translation>
    </message>
    <message>
        <source>Kept as notes (lines: %1)</source>
        <translation>作为备注保留（%1 行）</translation>
    </message>
    <message>
        <source>Sections: %1 · items: %2 · lines kept as notes: %3. Nothing is saved until you press Import.</source>
        <translation>共 %1 个部分、%2 项任务；%3 行作为备注保留。按“导入”之前不会保存任何内容。</translation>
    </message>
</context>
<context>
    <name>PlanItemPanel</name>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>Responsible people</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>completed on</source>
        <translation>完成于</translation>
    </message>
    <message>
        <source>Each period</source>
        <translation>各期完成情况</translation>
    </message>
    <message>
        <source>Progress notes</source>
        <translation>进展记录</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Section text</source>
        <translation>部分说明</translation>
    </message>
    <message>
        <source>Select a section or an item to see and change its details.</source>
        <translation>选择一个部分或任务，在此查看和修改详情。</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>选择...</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>添加记录</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>删除记录</translation>
    </message>
    <message>
        <source>What was done, decided or is still open</source>
        <translation>做了什么、定了什么、还有什么未办</translation>
    </message>
    <message>
        <source>No set period</source>
        <translation>不限时间</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Whole year</source>
        <translation>全年</translation>
    </message>
</context>
<context>
    <name>PlanTexts</name>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>已推迟</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Annual plan</source>
        <translation>年度计划</translation>
    </message>
    <message>
        <source>Work points</source>
        <translation>工作要点</translation>
    </message>
    <message>
        <source>Multi-year plan</source>
        <translation>多年规划</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>一次性</translation>
    </message>
    <message>
        <source>Every quarter</source>
        <translation>每季度</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>不少于</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>不超过</translation>
    </message>
    <message>
        <source>about</source>
        <translation>约</translation>
    </message>
    <message>
        <source>exactly</source>
        <translation>等于</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>第%1季度</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>%1月</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>%1前</translation>
    </message>
    <message>
        <source>typed in</source>
        <translation>手工填写</translation>
    </message>
    <message>
        <source>Party members now (from People)</source>
        <translation>现有党员数（取自人员名册）</translation>
    </message>
    <message>
        <source>New members admitted this year (from member development)</source>
        <translation>本年发展党员数（来自发展党员）</translation>
    </message>
    <message>
        <source>Share under 35 among those admitted, % (from member development)</source>
        <translation>新党员中35岁以下占比，%（来自发展党员）</translation>
    </message>
    <message>
        <source>Share of women among those admitted, % (from member development)</source>
        <translation>新党员中女性占比，%（来自发展党员）</translation>
    </message>
    <message>
        <source>Share with senior high school or more among those admitted, % (from member development)</source>
        <translation>新党员中高中及以上学历占比，%（来自发展党员）</translation>
    </message>
    <message>
        <source>Activists per development target (from member development)</source>
        <translation>积极分子与发展对象之比（来自发展党员）</translation>
    </message>
    <message>
        <source>Share aged 35 and under among all members, % (from the register)</source>
        <translation>全体党员中35岁及以下比例，%（来自党员名册）</translation>
    </message>
    <message>
        <source>Share of women among all members, % (from the register)</source>
        <translation>全体党员中女性比例，%（来自党员名册）</translation>
    </message>
    <message>
        <source>Share with senior high school or more among all members, % (from the register)</source>
        <translation>全体党员中高中及以上学历比例，%（来自党员名册）</translation>
    </message>
    <message>
        <source>exceeded (%1 of %2)</source>
        <translation>超额完成（%1/%2）</translation>
    </message>
    <message>
        <source>reached (%1 of %2)</source>
        <translation>已完成（%1/%2）</translation>
    </message>
    <message>
        <source>above target (%1 of %2)</source>
        <translation>超出目标（%1/%2）</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>此项必填。</translation>
    </message>
    <message>
        <source>Enter a year between 1949 and 2200.</source>
        <translation>请输入 1949 至 2200 之间的年份。</translation>
    </message>
    <message>
        <source>The last year cannot be before the first year.</source>
        <translation>结束年度不能早于开始年度。</translation>
    </message>
    <message>
        <source>A quarter is 1 to 4.</source>
        <translation>季度应为 1 至 4。</translation>
    </message>
    <message>
        <source>A month is 1 to 12.</source>
        <translation>月份应为 1 至 12。</translation>
    </message>
    <message>
        <source>Unknown measure.</source>
        <translation>未知的统计项。</translation>
    </message>
    <message>
        <source>This period does not belong to the item.</source>
        <translation>该期次不属于此任务。</translation>
    </message>
    <message>
        <source>tracked deletions (%1)</source>
        <translation>修订删除的内容（%1 处）</translation>
    </message>
    <message>
        <source>comments (%1)</source>
        <translation>批注（%1 条）</translation>
    </message>
    <message>
        <source>headers and footers (%1)</source>
        <translation>页眉页脚（%1 个）</translation>
    </message>
    <message>
        <source>Left out of the Word file: %1.</source>
        <translation>Word 文件中未导入的内容：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>PlanTreeModel</name>
    <message>
        <source>Section / item</source>
        <translation>部分 / 任务</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>责任单位/人</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Progress / completed</source>
        <translation>进度 / 完成日期</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>已完成 %1/%2</translation>
    </message>
</context>
<context>
    <name>PlansTab</name>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>移动</translation>
    </message>
    <message>
        <source>Whole plan</source>
        <translation>全年计划</translation>
    </message>
    <message>
        <source>New plan...</source>
        <translation>新建计划...</translation>
    </message>
    <message>
        <source>Edit plan...</source>
        <translation>编辑计划...</translation>
    </message>
    <message>
        <source>Import...</source>
        <translation>导入...</translation>
    </message>
    <message>
        <source>Copy to year...</source>
        <translation>复制到年度...</translation>
    </message>
    <message>
        <source>Word...</source>
        <translation>Word...</translation>
    </message>
    <message>
        <source>Excel...</source>
        <translation>Excel...</translation>
    </message>
    <message>
        <source>Delete plan...</source>
        <translation>删除计划...</translation>
    </message>
    <message>
        <source>Add section</source>
        <translation>添加部分</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>添加任务</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Add target...</source>
        <translation>添加目标...</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>编辑...</translation>
    </message>
    <message>
        <source>Record actual...</source>
        <translation>登记完成值...</translation>
    </message>
    <message>
        <source>Import a plan document...</source>
        <translation>导入计划文档...</translation>
    </message>
    <message>
        <source>Export the plan as a Word document</source>
        <translation>将计划导出为 Word 文档</translation>
    </message>
    <message>
        <source>Export a progress table to Excel</source>
        <translation>将进度表导出为 Excel</translation>
    </message>
    <message>
        <source>Search items and notes</source>
        <translation>搜索任务和记录</translation>
    </message>
    <message>
        <source>Responsible unit or person</source>
        <translation>责任单位或责任人</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>只看逾期</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>No plans yet</source>
        <translation>还没有计划</translation>
    </message>
    <message>
        <source>Start a new plan for the year, or import the plan you already wrote: paste its text or open the .txt or .docx file, check the preview, and it becomes a plan whose items you can track.</source>
        <translation>新建本年度计划，或导入已写好的计划：粘贴文本或打开 .txt / .docx 文件，核对预览后，它就成为可逐项跟踪的计划。</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Any quarter</source>
        <translation>全部季度</translation>
    </message>
</context>
<context>
    <name>PostDialog</name>
    <message>
        <source>New post</source>
        <translation>新增岗位</translation>
    </message>
    <message>
        <source>Edit post</source>
        <translation>编辑岗位</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>名称 *</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>定员</translation>
    </message>
    <message>
        <source>Skills wanted</source>
        <translation>所需技能</translation>
    </message>
    <message>
        <source>as the office writes it, e.g. 治安巡逻岗</source>
        <translation>按本单位习惯填写，如：治安巡逻岗</translation>
    </message>
    <message>
        <source>shown in the English interface</source>
        <translation>在英文界面中显示</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>How many people the post wants; 0 leaves it open.</source>
        <translation>岗位所需人数；填 0 表示不限。</translation>
    </message>
    <message>
        <source>separated by 、 or commas, e.g. 巡逻、消防</source>
        <translation>用“、”或逗号分隔，如：巡逻、消防</translation>
    </message>
</context>
<context>
    <name>PostSettingsDialog</name>
    <message>
        <source>days of service a year: %1</source>
        <translation>每年服务天数：%1</translation>
    </message>
    <message>
        <source>Volunteer post settings</source>
        <translation>志愿岗位设置</translation>
    </message>
    <message>
        <source>Main post</source>
        <translation>主岗位</translation>
    </message>
    <message>
        <source>Yearly target</source>
        <translation>年度目标</translation>
    </message>
    <message>
        <source>Hours in a day</source>
        <translation>每天折合时长</translation>
    </message>
    <message>
        <source>Each person has one main post (further posts are second posts)</source>
        <translation>每人只有一个主岗位（其他岗位为兼岗）</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>Service entered in days counts this many hours per day.</source>
        <translation>按天登记的服务，每天按此时长折算。</translation>
    </message>
</context>
<context>
    <name>PostponeDialog</name>
    <message>
        <source>Postpone the election: %1</source>
        <translation>延期换届：%1</translation>
    </message>
    <message>
        <source>The term ends</source>
        <translation>任期届满</translation>
    </message>
    <message>
        <source>Elect by *</source>
        <translation>延期至 *</translation>
    </message>
    <message>
        <source>Approved by *</source>
        <translation>批准情况 *</translation>
    </message>
    <message>
        <source>%1 (at most %2 months later)</source>
        <translation>%1（最多延期 %2 个月）</translation>
    </message>
    <message>
        <source>the higher committee&apos;s approval: who, when, document number</source>
        <translation>上级党组织批复：批准单位、日期、文号</translation>
    </message>
</context>
<context>
    <name>PostsMembersPage</name>
    <message>
        <source>Archive post</source>
        <translation>归档岗位</translation>
    </message>
    <message>
        <source>Choose a post to see its members</source>
        <translation>选择岗位以查看在岗人员</translation>
    </message>
    <message>
        <source>Members of %1 (%2)</source>
        <translation>%1 在岗人员（%2）</translation>
    </message>
    <message>
        <source>Skills wanted: %1</source>
        <translation>所需技能：%1</translation>
    </message>
    <message>
        <source>Over capacity:</source>
        <translation>超员：</translation>
    </message>
    <message>
        <source>Below capacity:</source>
        <translation>未满员：</translation>
    </message>
    <message>
        <source>Every post with a capacity is full.</source>
        <translation>所有设定定员的岗位均已满员。</translation>
    </message>
    <message>
        <source>Party members and volunteers without a post: %1</source>
        <translation>尚无岗位的党员和志愿者：%1</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Archive...</source>
        <translation>归档...</translation>
    </message>
    <message>
        <source>New post...</source>
        <translation>新增岗位...</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>编辑...</translation>
    </message>
    <message>
        <source>Assign people...</source>
        <translation>安排人员...</translation>
    </message>
    <message>
        <source>Move...</source>
        <translation>调岗...</translation>
    </message>
    <message>
        <source>End...</source>
        <translation>离岗...</translation>
    </message>
    <message>
        <source>Assign to the selected post...</source>
        <translation>安排到所选岗位...</translation>
    </message>
    <message>
        <source>Assign the people chosen here (or all of them)</source>
        <translation>将此处选中的人员（或全部人员）安排到岗位</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>显示已归档</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>定员</translation>
    </message>
    <message>
        <source>Archive %1? Its members (%2) will be listed as having no post until it is restored.</source>
        <translation>归档 %1？在恢复之前，其 %2 名人员将显示为无岗位。</translation>
    </message>
</context>
<context>
    <name>PostsModels</name>
    <message>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>定员</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Skill given</source>
        <translation>奉献技能</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>认岗时间</translation>
    </message>
    <message>
        <source>Main post</source>
        <translation>主岗位</translation>
    </message>
    <message>
        <source>main</source>
        <translation>主岗</translation>
    </message>
    <message>
        <source>second</source>
        <translation>兼岗</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>户号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>服务内容</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Hours each</source>
        <translation>每人时长</translation>
    </message>
    <message>
        <source>Total hours</source>
        <translation>总时长</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Beneficiaries</source>
        <translation>服务对象</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>服务次数</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>服务时长</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>尚差</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>住户</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>走访人</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>困难/诉求</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>办理情况</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>家庭情况</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>帮扶措施</translation>
    </message>
</context>
<context>
    <name>PostsServicePage</name>
    <message>
        <source>Delete service records</source>
        <translation>删除服务记录</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>志愿服务</translation>
    </message>
    <message>
        <source>Saved. The record is not listed because its date lies outside the period shown, or outside the search.</source>
        <translation>已保存。该记录的日期不在当前显示的时间范围内，或不符合搜索条件，因此未列出。</translation>
    </message>
    <message>
        <source>Yearly target %1: not met yet</source>
        <translation>年度目标 %1：尚未达到</translation>
    </message>
    <message>
        <source>At least %1 a year. %2 of %3 party members and volunteers have not reached it yet.</source>
        <translation>每年不少于 %1。%3 名党员和志愿者中有 %2 人尚未达到。</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Whole year</source>
        <translation>全年</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Search activity, place, names</source>
        <translation>搜索服务内容、地点、姓名</translation>
    </message>
    <message>
        <source>Record service...</source>
        <translation>登记服务...</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>编辑...</translation>
    </message>
    <message>
        <source>Delete...</source>
        <translation>删除...</translation>
    </message>
    <message>
        <source>One activity for one person or a whole group, the same hours each</source>
        <translation>为一人或一组人员登记同一项服务活动，每人时长相同</translation>
    </message>
    <message>
        <source>Per person</source>
        <translation>按人员</translation>
    </message>
    <message>
        <source>Per post</source>
        <translation>按岗位</translation>
    </message>
    <message>
        <source>Delete the chosen service records (%1)? The hours leave every total. This cannot be undone.</source>
        <translation>删除 %1 条服务记录？其服务时长将从各项合计中扣除。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Records: %1 · %2 · people serving: %3</source>
        <translation>%1 条记录 · %2 · %3 人参加服务</translation>
    </message>
</context>
<context>
    <name>PostsTab</name>
    <message>
        <source>Export volunteer posts</source>
        <translation>导出志愿岗位</translation>
    </message>
    <message>
        <source>volunteer-posts-%1.xlsx</source>
        <translation>志愿岗位-%1.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Settings...</source>
        <translation>设置...</translation>
    </message>
    <message>
        <source>One main post each, the yearly service target, hours in a day</source>
        <translation>每人一个主岗位、年度服务目标、每天折合时长</translation>
    </message>
    <message>
        <source>Excel...</source>
        <translation>Excel...</translation>
    </message>
    <message>
        <source>Post roster, service hours and visit register of the year</source>
        <translation>本年度岗位花名册、服务时长和入户走访登记表</translation>
    </message>
    <message>
        <source>Posts and members</source>
        <translation>岗位和人员</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>志愿服务</translation>
    </message>
    <message>
        <source>Household visits</source>
        <translation>入户走访</translation>
    </message>
    <message>
        <source>People on posts: %1 (posts: %2) · service %3 (days: %4) · target met by %5 of %6 · households visited: %7 · difficulties solved: %8 of %9</source>
        <translation>%2 个岗位 %1 人 · 服务时长 %3（折合 %4 天）· %6 人中 %5 人达标 · 走访 %7 户，困难/诉求 %9 件已解决 %8 件</translation>
    </message>
</context>
<context>
    <name>PostsTexts</name>
    <message>
        <source>(no post)</source>
        <translation>（无岗位）</translation>
    </message>
    <message>
        <source>no capacity set</source>
        <translation>未设定员</translation>
    </message>
    <message>
        <source>below capacity</source>
        <translation>未满员</translation>
    </message>
    <message>
        <source>full</source>
        <translation>已满员</translation>
    </message>
    <message>
        <source>over capacity</source>
        <translation>超员</translation>
    </message>
    <message>
        <source>hours each</source>
        <translation>小时/人</translation>
    </message>
    <message>
        <source>days each</source>
        <translation>天/人</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>Resolved %1</source>
        <translation>已解决（%1）</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待解决</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>已逾期（%1到期）</translation>
    </message>
    <message>
        <source>Follow up by %1</source>
        <translation>待跟进（%1前）</translation>
    </message>
    <message>
        <source>The post %1 is archived; restore it first.</source>
        <translation>岗位 %1 已归档，请先恢复。</translation>
    </message>
    <message>
        <source>Archived people cannot be chosen: %1. Restore them in People first, or leave them out.</source>
        <translation>不能选择已归档人员：%1。请先在“人员”中恢复，或不选这些人员。</translation>
    </message>
    <message>
        <source>%1 already has a main post (%2). Make this a second post, or move them.</source>
        <translation>%1 已有主岗位（%2）。请将此岗位设为兼岗，或为其调岗。</translation>
    </message>
    <message>
        <source>%1 is already on %2.</source>
        <translation>%1 已在 %2 岗位。</translation>
    </message>
    <message>
        <source>A post named %1 already exists.</source>
        <translation>已有名为 %1 的岗位。</translation>
    </message>
    <message>
        <source>This is too long.</source>
        <translation>内容过长。</translation>
    </message>
    <message>
        <source>The capacity cannot be negative.</source>
        <translation>定员不能为负数。</translation>
    </message>
    <message>
        <source>This choice no longer exists; choose another.</source>
        <translation>所选项已不存在，请另选。</translation>
    </message>
    <message>
        <source>Choose a different post to move to.</source>
        <translation>请选择另一个岗位作为调入岗位。</translation>
    </message>
    <message>
        <source>This date is before the person joined the post.</source>
        <translation>该日期早于此人的认岗时间。</translation>
    </message>
    <message>
        <source>This membership has already ended.</source>
        <translation>此人已离开该岗位。</translation>
    </message>
    <message>
        <source>Hours in a day are more than 0 and at most 24; the yearly target is 0 to 2000 hours.</source>
        <translation>每天折合时长应大于 0 且不超过 24；年度目标应为 0 至 2000 小时。</translation>
    </message>
    <message>
        <source>The hours or days must be more than zero.</source>
        <translation>时长或天数必须大于 0。</translation>
    </message>
    <message>
        <source>At most 24 hours, or 31 days, in one record.</source>
        <translation>每条记录最多 24 小时或 31 天。</translation>
    </message>
    <message>
        <source>Service and visits are recorded after they happen: the date cannot be in the future.</source>
        <translation>服务和走访应在发生后登记，日期不能晚于今天。</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>Only a difficulty that was raised can be resolved.</source>
        <translation>只有已反映的困难/诉求才能办结。</translation>
    </message>
    <message>
        <source>This date is before the visit.</source>
        <translation>该日期早于走访日期。</translation>
    </message>
    <message>
        <source>This visit has no open difficulty.</source>
        <translation>此次走访没有待解决的困难/诉求。</translation>
    </message>
    <message>
        <source>This entry no longer exists; it may have been deleted on another computer.</source>
        <translation>该记录已不存在，可能已在其他电脑上被删除。</translation>
    </message>
    <message>
        <source>Give the post a name.</source>
        <translation>请填写岗位名称。</translation>
    </message>
    <message>
        <source>Say what the activity was.</source>
        <translation>请填写服务内容。</translation>
    </message>
    <message>
        <source>Choose at least one person who served.</source>
        <translation>请至少选择一名参加服务的人员。</translation>
    </message>
    <message>
        <source>Choose a household from People or type one.</source>
        <translation>请从人员中选择住户，或直接填写。</translation>
    </message>
    <message>
        <source>Choose who made the visit.</source>
        <translation>请选择走访人。</translation>
    </message>
    <message>
        <source>Choose a person.</source>
        <translation>请选择人员。</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>此项必填。</translation>
    </message>
</context>
<context>
    <name>PostsVisitsPage</name>
    <message>
        <source>Delete the visit of %1 to %2? This cannot be undone.</source>
        <translation>删除 %1 走访 %2 的记录？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Delete visit</source>
        <translation>删除走访记录</translation>
    </message>
    <message>
        <source>Open difficulties (all years): %1</source>
        <translation>待解决的困难/诉求（所有年度）：%1</translation>
    </message>
    <message>
        <source>Search household, names, difficulty ...</source>
        <translation>搜索住户、姓名、困难/诉求……</translation>
    </message>
    <message>
        <source>Open difficulties only</source>
        <translation>只看待解决</translation>
    </message>
    <message>
        <source>New visit...</source>
        <translation>新增走访...</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>编辑...</translation>
    </message>
    <message>
        <source>Close difficulty...</source>
        <translation>办结困难/诉求...</translation>
    </message>
    <message>
        <source>Delete...</source>
        <translation>删除...</translation>
    </message>
    <message>
        <source>%1: visits %2 · households %3 · difficulties raised %4, solved %5 · open now %6</source>
        <translation>%1：走访 %3 户共 %2 次 · 反映困难/诉求 %4 件，已解决 %5 件 · 待解决 %6 件</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <source>Period</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Meeting type</source>
        <translation>会议类型</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation>计划日期</translation>
    </message>
    <message>
        <source>none scheduled</source>
        <translation>未安排</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Discard your changes?</source>
        <translation>放弃所做的修改吗？</translation>
    </message>
    <message>
        <source>What you typed here has not been saved yet.</source>
        <translation>这里输入的内容还没有保存。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>继续编辑</translation>
    </message>
</context>
<context>
    <name>RecordMeetingDialog</name>
    <message>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <source>Make a plan item</source>
        <translation>列入计划任务</translation>
    </message>
    <message>
        <source>There is no plan for %1 yet; make one in the Plans tab first.</source>
        <translation>%1年尚无工作计划，请先在“工作计划”页中新建。</translation>
    </message>
    <message>
        <source>The resolution is now an item of the plan.</source>
        <translation>该决议已列入计划任务。</translation>
    </message>
    <message>
        <source>Record meeting</source>
        <translation>登记会议</translation>
    </message>
    <message>
        <source>%1, planned for %2</source>
        <translation>%1，计划于 %2</translation>
    </message>
    <message>
        <source>Held on *</source>
        <translation>召开日期 *</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>主持人</translation>
    </message>
    <message>
        <source>Recorder</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>会议议题</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>会议记录</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出席情况</translation>
    </message>
    <message>
        <source>Resolutions and votes</source>
        <translation>决议和表决</translation>
    </message>
    <message>
        <source>one item per line</source>
        <translation>每行一项</translation>
    </message>
    <message>
        <source>what was reported, discussed and decided</source>
        <translation>报告、讨论和决定的事项</translation>
    </message>
    <message>
        <source>at</source>
        <translation>时间</translation>
    </message>
</context>
<context>
    <name>ResolutionDialog</name>
    <message>
        <source>(nobody)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>(choose the member)</source>
        <translation>（选择党员）</translation>
    </message>
    <message>
        <source>the meeting type&apos;s rule</source>
        <translation>会议类型的规则</translation>
    </message>
    <message>
        <source>the published rule</source>
        <translation>党内法规规定的规则</translation>
    </message>
    <message>
        <source>the office&apos;s own rule</source>
        <translation>本单位自定的规则</translation>
    </message>
    <message>
        <source>Counted by %1: %2</source>
        <translation>按%1计票：%2</translation>
    </message>
    <message>
        <source>Quorum (%1): %2 of %3 members with voting rights present.</source>
        <translation>法定人数（%1）：有表决权的 %3 人中到会 %2 人。</translation>
    </message>
    <message>
        <source>At least %1 votes for are needed. Result: %2</source>
        <translation>至少需要 %1 票赞成。结果：%2</translation>
    </message>
    <message>
        <source>Too few members with voting rights are present for this vote to count.</source>
        <translation>到会有表决权的党员人数不足，本次表决无效。</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>决议</translation>
    </message>
    <message>
        <source>Resolution *</source>
        <translation>决议 *</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>责任单位/人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>For</source>
        <translation>赞成</translation>
    </message>
    <message>
        <source>against</source>
        <translation>反对</translation>
    </message>
    <message>
        <source>abstaining</source>
        <translation>弃权</translation>
    </message>
    <message>
        <source>Passes with</source>
        <translation>表决通过规则</translation>
    </message>
    <message>
        <source>Kind of decision</source>
        <translation>决定类型</translation>
    </message>
    <message>
        <source>Member concerned</source>
        <translation>涉及党员</translation>
    </message>
    <message>
        <source>Put to a vote</source>
        <translation>付诸表决</translation>
    </message>
    <message>
        <source>by</source>
        <translation>限期</translation>
    </message>
</context>
<context>
    <name>ResolutionsModel</name>
    <message>
        <source>Resolution</source>
        <translation>决议</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>责任单位/人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>For / against / abstain</source>
        <translation>赞成/反对/弃权</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>no vote</source>
        <translation>未表决</translation>
    </message>
</context>
<context>
    <name>ResolutionsPage</name>
    <message>
        <source>Add...</source>
        <translation>添加...</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>编辑...</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Make a plan item...</source>
        <translation>列入计划任务...</translation>
    </message>
    <message>
        <source>Votes are checked against the attendance: quorum counts the voting members present, the majority counts votes for among them. A saved resolution can become an item of this year&apos;s plan.</source>
        <translation>表决结果按出席情况核对：法定人数按到会的有表决权党员计算，表决通过按其中的赞成票计算。已保存的决议可列入本年度工作计划。</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>%1 (earlier version)</source>
        <translation>%1（早期版本）</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Replace everything in %1 with the backup from %2?

The database as it is now is backed up first, so this can be undone by restoring that copy.</source>
        <translation>用 %2 的备份替换 %1 中的全部内容？

恢复前会先备份当前数据库，如需撤销，恢复该备份即可。</translation>
    </message>
    <message>
        <source>No backup of this database was found yet. Use &quot;Other file...&quot; to choose a copy made with Back up now.</source>
        <translation>尚未找到此数据库的备份。请使用“其他文件...”选择通过“立即备份”生成的副本。</translation>
    </message>
    <message>
        <source>This file cannot be restored: %1</source>
        <translation>无法恢复此文件：%1</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>工作计划</translation>
    </message>
    <message>
        <source>Plan items</source>
        <translation>计划任务</translation>
    </message>
    <message>
        <source>Monthly rosters</source>
        <translation>月度值班表</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Duty log entries</source>
        <translation>值班记录</translation>
    </message>
    <message>
        <source>Volunteer posts</source>
        <translation>志愿岗位</translation>
    </message>
    <message>
        <source>Household visits</source>
        <translation>入户走访</translation>
    </message>
    <message>
        <source>Taken: %1 (%2)</source>
        <translation>备份时间：%1（%2）</translation>
    </message>
    <message>
        <source>Records in all: %1</source>
        <translation>记录总数：%1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <source>Written by an older version: it is upgraded when it is opened.</source>
        <translation>由旧版本生成，打开时将自动升级。</translation>
    </message>
    <message>
        <source>Made by an earlier version of PartyPlan, which did not record which database a backup belongs to: it may be a backup of another database with the same file name. Check the records above before restoring it.</source>
        <translation>此备份由早期版本的 PartyPlan 制作，当时不记录备份属于哪个数据库：它可能是另一个同名数据库的备份。恢复前请核对上面的记录数。</translation>
    </message>
    <message>
        <source>This is a copy of another database, not of this one: restoring it replaces everything in this database with that database&apos;s records.</source>
        <translation>这是另一个数据库的副本，不是本数据库的：恢复后，本数据库的全部内容将被替换为那个数据库的记录。</translation>
    </message>
    <message>
        <source>Choose the backup to put back into %1. Automatic backups are made on exit, before upgrades and before every restore.</source>
        <translation>选择要恢复到 %1 的备份。程序会在退出时、升级前和每次恢复前自动备份。</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Other file...</source>
        <translation>其他文件...</translation>
    </message>
    <message>
        <source>Restore...</source>
        <translation>恢复...</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <source>on exit</source>
        <translation>退出时</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <source>backed up by hand</source>
        <translation>手动备份</translation>
    </message>
    <message>
        <source>a chosen file</source>
        <translation>选定的文件</translation>
    </message>
</context>
<context>
    <name>RollModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>表决权</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Entitled to vote</source>
        <translation>有表决权</translation>
    </message>
    <message>
        <source>No vote</source>
        <translation>无表决权</translation>
    </message>
</context>
<context>
    <name>RosterCalendarPage</name>
    <message>
        <source>MMMM yyyy</source>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>上个月</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>下个月</translation>
    </message>
    <message>
        <source>Mark day...</source>
        <translation>标记日期...</translation>
    </message>
    <message>
        <source>Clear mark</source>
        <translation>清除标记</translation>
    </message>
    <message>
        <source>Enter holiday notice...</source>
        <translation>录入放假通知...</translation>
    </message>
    <message>
        <source>Green: rest day. Red: public holiday. Yellow with 班: a weekend day that is worked to make up for a holiday. Bold: marked by the office.</source>
        <translation>绿色：休息日。红色：法定节假日。黄色带“班”字：因节假日调休而上班的周末。粗体：本单位自行标记。</translation>
    </message>
</context>
<context>
    <name>RosterCellDialog</name>
    <message>
        <source>Duty on %1</source>
        <translation>%1 值班</translation>
    </message>
    <message>
        <source>Lock this duty (regenerating keeps it)</source>
        <translation>锁定此班（重新生成时保留）</translation>
    </message>
    <message>
        <source>%1, %2: needs %3</source>
        <translation>%1，%2：需要 %3 人</translation>
    </message>
</context>
<context>
    <name>RosterExplain</name>
    <message>
        <source>%1/%2</source>
        <translation>%1月%2日</translation>
    </message>
    <message>
        <source>%1 %2 needs %3 %4, only %5 available</source>
        <translation>%1 %2 需要 %3 名%4，仅 %5 人可排</translation>
    </message>
    <message>
        <source>%1 %2 needs %3, only %5 available</source>
        <translation>%1 %2 需要 %3 人，仅 %5 人可排</translation>
    </message>
    <message>
        <source>The month needs %1 duties but the people available can take at most %2 (monthly maximums, leave and rest days between duties).</source>
        <translation>本月共需值班 %1 人次，但可值班人员最多只能承担 %2 人次（受每月上限、请假和两次值班间隔的限制）。</translation>
    </message>
    <message>
        <source>The month needs %1 duties by a %3 but they can take at most %2.</source>
        <translation>本月需由%3值班 %1 人次，但符合条件的人员最多只能承担 %2 人次。</translation>
    </message>
    <message>
        <source>The rules cannot all be met together this month (for example, too few people for duties on consecutive days). Allow more duties per person, add people, or lock some duties by hand.</source>
        <translation>本月的各项规则无法同时满足（例如连续多天都要值班，但人手不足）。请放宽每人值班次数、增加值班人员，或手工锁定部分班次。</translation>
    </message>
    <message>
        <source>... and more duties like these: %1.</source>
        <translation>……另有 %1 个班次存在类似情况。</translation>
    </message>
</context>
<context>
    <name>RosterGridModel</name>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Locked: regenerating keeps this cell.</source>
        <translation>已锁定：重新生成时保留此格。</translation>
    </message>
    <message>
        <source>This shift does not run on this day.</source>
        <translation>当天不设该班次。</translation>
    </message>
    <message>
        <source>Double-click to choose who is on duty; right-click to lock, swap or clear it.</source>
        <translation>双击可选择值班人员；右键单击可锁定、调换或清空此班。</translation>
    </message>
</context>
<context>
    <name>RosterGridPage</name>
    <message>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>This month is published. Make a new version first; its duties start locked, unlock the ones to draw up again.</source>
        <translation>本月值班表已发布。请先创建新版本；新版本中的班次初始均为锁定状态，请解锁需要重新编排的班次。</translation>
    </message>
    <message>
        <source>Holiday data not confirmed</source>
        <translation>节假日安排尚未确认</translation>
    </message>
    <message>
        <source>Publish the roster for %1? It is frozen once published; later changes make a new version with a list of what changed.</source>
        <translation>发布 %1 的值班表？发布后不能再修改；之后如有改动，将生成新版本并列出改动清单。</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>放弃草稿</translation>
    </message>
    <message>
        <source>Discard this draft? The published version, if any, stays as it is.</source>
        <translation>放弃此草稿？已发布的版本（如有）保持不变。</translation>
    </message>
    <message>
        <source>duty-roster-%1.xlsx</source>
        <translation>值班表-%1.xlsx</translation>
    </message>
    <message>
        <source>Export roster</source>
        <translation>导出值班表</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>There is no confirmed public-holiday data for %1 yet, so weekends are assumed and holidays are missing. Enter the State Council notice on the Calendar page when it is published. Generate anyway?</source>
        <translation>%1 年的法定节假日安排尚未确认，暂按周末休息处理，节假日未计入。国务院放假通知发布后，请在“日历”页录入。仍要生成吗？</translation>
    </message>
    <message>
        <source>Drawing up a fair roster...</source>
        <translation>正在编排公平的值班表……</translation>
    </message>
    <message>
        <source>the fairest possible</source>
        <translation>已是最公平的方案</translation>
    </message>
    <message>
        <source>good, not proved the fairest</source>
        <translation>方案较好，但未能证明是最公平的</translation>
    </message>
    <message>
        <source>Roster drawn up in %1 s: duties per person differ by at most %2 (%3).</source>
        <translation>值班表已编排完成，用时 %1 秒：每人值班次数最多相差 %2 次（%3）。</translation>
    </message>
    <message>
        <source>Generating was cancelled; nothing was changed.</source>
        <translation>已取消生成，未作任何改动。</translation>
    </message>
    <message>
        <source>No roster meets every rule:</source>
        <translation>无法编排出符合全部规则的值班表：</translation>
    </message>
    <message>
        <source>No roster was found within %1 seconds. Try again, or relax a limit.</source>
        <translation>在 %1 秒内未能编排出值班表。请重试，或放宽某项限制。</translation>
    </message>
    <message>
        <source>No confirmed public-holiday data for %1 yet: weekends are assumed and holidays are missing. Enter the State Council notice on the Calendar page.</source>
        <translation>%1 年的法定节假日安排尚未确认：暂按周末休息处理，节假日未计入。请在“日历”页录入国务院放假通知。</translation>
    </message>
    <message>
        <source>Spread of duties (most - fewest): %1</source>
        <translation>值班次数差距（最多 - 最少）：%1</translation>
    </message>
    <message>
        <source>%1: no roster yet</source>
        <translation>%1：尚无值班表</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>replaced by a later version</source>
        <translation>已被新版本取代</translation>
    </message>
    <message>
        <source>%1, version %2: %3</source>
        <translation>%1，第 %2 版：%3</translation>
    </message>
    <message>
        <source>(published %1)</source>
        <translation>（发布于 %1）</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <source>Edit duty</source>
        <translation>编辑值班</translation>
    </message>
    <message>
        <source>Generate the month first; then edit any duty by hand.</source>
        <translation>请先生成本月值班表，然后再手工调整。</translation>
    </message>
    <message>
        <source>This version is published. Press “New version” to make changes; they are listed when you publish it.</source>
        <translation>此版本已发布。如需修改，请点击“新版本”；发布新版本时将列出所作改动。</translation>
    </message>
    <message>
        <source>Swap duties</source>
        <translation>调换值班</translation>
    </message>
    <message>
        <source>Duty saved, but check it</source>
        <translation>已保存，但请核对</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>编辑...</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Swap with another duty...</source>
        <translation>与另一班调换...</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>This month is published; make a new version to change it.</source>
        <translation>本月值班表已发布；如需修改，请创建新版本。</translation>
    </message>
    <message>
        <source>%1-%2</source>
        <translation>%1年%2月</translation>
    </message>
    <message>
        <source>Publish...</source>
        <translation>发布...</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>新版本</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Print preview...</source>
        <translation>打印预览...</translation>
    </message>
    <message>
        <source>Excel...</source>
        <translation>Excel...</translation>
    </message>
    <message>
        <source>Fairness: duties per person</source>
        <translation>公平性：每人值班次数</translation>
    </message>
    <message>
        <source>Changes in this version</source>
        <translation>本版改动</translation>
    </message>
    <message>
        <source>Duty roster %1</source>
        <translation>值班表 %1</translation>
    </message>
    <message>
        <source>Print...</source>
        <translation>打印...</translation>
    </message>
    <message>
        <source>Duties that still break a rule (shown in red): %1.</source>
        <translation>仍有 %1 个班次不符合规则（以红色显示）。</translation>
    </message>
    <message>
        <source>The duty of %1, %2</source>
        <translation>%1 %2的值班</translation>
    </message>
    <message>
        <source>History of this version...</source>
        <translation>此版本的修改记录...</translation>
    </message>
    <message>
        <source>Roster of %1, version %2</source>
        <translation>%1值班表第 %2 版</translation>
    </message>
</context>
<context>
    <name>RosterSetupPage</name>
    <message>
        <source>Bring back</source>
        <translation>恢复使用</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>On duty</source>
        <translation>参加值班</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Monthly maximum</source>
        <translation>每月上限</translation>
    </message>
    <message>
        <source>Not available on</source>
        <translation>不值班日</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>替班人</translation>
    </message>
    <message>
        <source>Leave periods</source>
        <translation>请假次数</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Shift type</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Runs on</source>
        <translation>适用日</translation>
    </message>
    <message>
        <source>People needed</source>
        <translation>所需人数</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>人员要求</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1（已停用）</translation>
    </message>
    <message>
        <source>Cadres are on duty by default. Switch someone off, mark leaders, or set limits, weekdays and leave here; shift types say when duty is needed and by how many people.</source>
        <translation>干部默认参加值班。可在此取消某人值班、标记带班领导，或设置每月上限、不值班日和请假；班次规定何时需要值班、需要几人。</translation>
    </message>
    <message>
        <source>Who serves</source>
        <translation>值班人员</translation>
    </message>
    <message>
        <source>Shift types</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>编辑...</translation>
    </message>
    <message>
        <source>Add...</source>
        <translation>添加...</translation>
    </message>
    <message>
        <source>Show retired</source>
        <translation>显示已停用</translation>
    </message>
    <message>
        <source>Duty phone (printed on rosters):</source>
        <translation>值班电话（印在值班表上）：</translation>
    </message>
    <message>
        <source>Duty phone</source>
        <translation>值班电话</translation>
    </message>
</context>
<context>
    <name>RosterSwapDialog</name>
    <message>
        <source>Swap duties</source>
        <translation>调换值班</translation>
    </message>
    <message>
        <source>On %1 %2:</source>
        <translation>%1 %2：</translation>
    </message>
    <message>
        <source>swaps with:</source>
        <translation>与以下值班调换：</translation>
    </message>
    <message>
        <source>Both duties are locked after the swap.</source>
        <translation>调换后两处值班都会锁定。</translation>
    </message>
</context>
<context>
    <name>RosterTab</name>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>值班表</translation>
    </message>
    <message>
        <source>On-duty record book</source>
        <translation>值班记录簿</translation>
    </message>
    <message>
        <source>Who serves and shifts</source>
        <translation>人员与班次</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>上个月</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>下个月</translation>
    </message>
</context>
<context>
    <name>RosterTexts</name>
    <message>
        <source>Workday</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>Rest day</source>
        <translation>休息日</translation>
    </message>
    <message>
        <source>Public holiday</source>
        <translation>法定节假日</translation>
    </message>
    <message>
        <source>Workdays</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>Rest days</source>
        <translation>休息日</translation>
    </message>
    <message>
        <source>Public holidays</source>
        <translation>法定节假日</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>星期一</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>星期二</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>星期三</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>星期四</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>星期五</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>星期六</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>星期日</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>带班领导</translation>
    </message>
    <message>
        <source>Experienced</source>
        <translation>经验丰富</translation>
    </message>
    <message>
        <source>at least 1 leader</source>
        <translation>至少 1 名带班领导</translation>
    </message>
    <message>
        <source>at least %1 leaders</source>
        <translation>至少 %1 名带班领导</translation>
    </message>
    <message>
        <source>at least %1 marked &quot;%2&quot;</source>
        <translation>至少 %1 人标记为“%2”</translation>
    </message>
    <message>
        <source>would like duty</source>
        <translation>希望值班</translation>
    </message>
    <message>
        <source>would rather not</source>
        <translation>尽量不排</translation>
    </message>
    <message>
        <source>The last day of the leave cannot be before the first day.</source>
        <translation>请假结束日期不能早于开始日期。</translation>
    </message>
    <message>
        <source>The end time must be later than the start time.</source>
        <translation>结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <source>Choose at least one kind of day.</source>
        <translation>请至少选择一类适用日。</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>此项必填。</translation>
    </message>
    <message>
        <source>There is already a shift type with this name.</source>
        <translation>已有同名班次。</translation>
    </message>
    <message>
        <source>A shift needs 1 to 20 people.</source>
        <translation>每个班次需要 1 至 20 人。</translation>
    </message>
    <message>
        <source>Ask for no more people than the shift needs, and say what kind (for example leader).</source>
        <translation>要求的人数不能超过该班次所需人数，并请注明人员类型（如带班领导）。</translation>
    </message>
    <message>
        <source>The monthly maximum is 0 to 31 duties.</source>
        <translation>每月上限应为 0 至 31 次。</translation>
    </message>
    <message>
        <source>Nobody can be their own backup: choose someone else.</source>
        <translation>不能将本人设为自己的替班人，请另选他人。</translation>
    </message>
    <message>
        <source>Choose weekdays from Monday to Sunday.</source>
        <translation>请从星期一至星期日中选择。</translation>
    </message>
    <message>
        <source>This no longer exists; someone may have removed it meanwhile.</source>
        <translation>该项已不存在，可能已被他人删除。</translation>
    </message>
    <message>
        <source>There is nothing to import: enter one line per day or date range.</source>
        <translation>没有可导入的内容：请每行录入一天或一个日期范围。</translation>
    </message>
    <message>
        <source>The file could not be read as text: save it as plain text (UTF-8 or GBK).</source>
        <translation>无法以文本方式读取该文件：请另存为纯文本（UTF-8 或 GBK 编码）。</translation>
    </message>
    <message>
        <source>not a date (use 2027-01-01 or 2027-02-10~2027-02-16).</source>
        <translation>日期无效（请写成 2027-01-01 或 2027-02-10~2027-02-16）。</translation>
    </message>
    <message>
        <source>after the date write 放假 (holiday), 上班 (workday) or 休息 (rest day).</source>
        <translation>日期后面请写“放假”“上班”或“休息”。</translation>
    </message>
    <message>
        <source>the date is not in the year chosen above.</source>
        <translation>日期不在上方所选的年度内。</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>%1 is on leave that day</source>
        <translation>%1 当天请假</translation>
    </message>
    <message>
        <source>%1 does not serve on that weekday</source>
        <translation>%1 每周这一天不值班</translation>
    </message>
    <message>
        <source>%1 has two duties that day</source>
        <translation>%1 当天排了两个班</translation>
    </message>
    <message>
        <source>%1 is on duty the day before or after</source>
        <translation>%1 前一天或后一天也有值班</translation>
    </message>
    <message>
        <source>%1 is over the monthly maximum of %2</source>
        <translation>%1 超过每月上限（%2 次）</translation>
    </message>
    <message>
        <source>is not a leader</source>
        <translation>不是带班领导</translation>
    </message>
    <message>
        <source>is not marked &quot;%1&quot;</source>
        <translation>未标记为“%1”</translation>
    </message>
    <message>
        <source>on leave</source>
        <translation>请假中</translation>
    </message>
    <message>
        <source>does not serve on that weekday</source>
        <translation>每周这一天不值班</translation>
    </message>
    <message>
        <source>at the monthly maximum</source>
        <translation>已达每月上限</translation>
    </message>
    <message>
        <source>already on duty that day</source>
        <translation>当天已有值班</translation>
    </message>
    <message>
        <source>on duty the day before or after</source>
        <translation>前一天或后一天有值班</translation>
    </message>
    <message>
        <source>the wrong number of people</source>
        <translation>人数不符</translation>
    </message>
    <message>
        <source>no longer on the duty list</source>
        <translation>已不在值班名单中</translation>
    </message>
    <message>
        <source>no such duty that day</source>
        <translation>当天没有该班次</translation>
    </message>
    <message>
        <source>There is no roster for this month yet.</source>
        <translation>本月还没有值班表。</translation>
    </message>
    <message>
        <source>No confirmed public-holiday data for %1 yet: weekends are assumed. Enter the State Council notice when it is published.</source>
        <translation>%1 年的法定节假日安排尚未确认：暂按周末休息处理。国务院放假通知发布后，请及时录入。</translation>
    </message>
    <message>
        <source>Holidays from the notice you entered</source>
        <translation>节假日安排来自您录入的放假通知</translation>
    </message>
    <message>
        <source>Holidays from the package&apos;s official data</source>
        <translation>节假日安排来自软件内置的官方数据</translation>
    </message>
    <message>
        <source>this duty does not run that day</source>
        <translation>当天不设该班次</translation>
    </message>
    <message>
        <source>no leader on this duty</source>
        <translation>本班没有带班领导</translation>
    </message>
    <message>
        <source>needs at least %1 leaders</source>
        <translation>至少需要 %1 名带班领导</translation>
    </message>
    <message>
        <source>The shift “%1” needs %2 person marked “%3” on each duty, and %4 of the people on duty are marked so. On the “Who serves and shifts” page, double-click a person and tick “%3”.</source>
        <translation>班次“%1”每班需要 %2 名标记为“%3”的人员，值班人员中目前只有 %4 人。请在“人员与班次”页双击人员，勾选“%3”。</translation>
    </message>
    <message>
        <source>that day does not exist in its month.</source>
        <translation>该月没有这一天。</translation>
    </message>
    <message>
        <source>give the day as well as the month (2027-02-10, not 2027-02).</source>
        <translation>请写明具体日期，不能只写月份（如 2027-02-10，而不是 2027-02）。</translation>
    </message>
    <message>
        <source>There are no shift types yet: add one with %1 under %2 first.</source>
        <translation>还没有班次：请先在%2中点击%1添加班次。</translation>
    </message>
    <message>
        <source>Nobody is on duty. Everyone with the role %1 serves unless switched off: add cadres under %2 with %3 (or %4), or switch people on under %5 (select a person, then %6).</source>
        <translation>没有参加值班的人员。身份为%1的人员默认参加值班：请在%2中点击%3（或%4）添加干部，或在%5中设置参加值班的人员（选中一人后点击%6）。</translation>
    </message>
    <message>
        <source>people needed: %1</source>
        <translation>需要 %1 人</translation>
    </message>
    <message>
        <source>people needed: %1, on duty: %2</source>
        <translation>需要 %1 人，现有 %2 人</translation>
    </message>
    <message>
        <source>needs at least %1 marked “%2”</source>
        <translation>至少需要 %1 名标记为“%2”的人员</translation>
    </message>
</context>
<context>
    <name>RulesCard</name>
    <message>
        <source>Evaluation and follow-ups</source>
        <translation>民主评议与组织处置</translation>
    </message>
    <message>
        <source>The democratic evaluation of %1 is overdue (due by %2)</source>
        <translation>%1年度民主评议党员已逾期（应于 %2 前完成）</translation>
    </message>
    <message>
        <source>The democratic evaluation of %1 is due by %2</source>
        <translation>%1年度民主评议党员应于 %2 前完成</translation>
    </message>
    <message>
        <source>%1: decide the follow-up, due %2</source>
        <translation>%1：待作出组织处置决定，期限 %2</translation>
    </message>
    <message>
        <source>%1: correction deadline %2 has come, review it</source>
        <translation>%1：限期改正已于 %2 到期，请复核</translation>
    </message>
    <message>
        <source>and %1 more follow-ups</source>
        <translation>另有 %1 项组织处置</translation>
    </message>
    <message>
        <source>No evaluation or follow-up is due.</source>
        <translation>暂无到期的民主评议或组织处置。</translation>
    </message>
</context>
<context>
    <name>ScheduleActions</name>
    <message>
        <source>Plan every required meeting of %1 from the meeting types&apos; cadences? Meetings already planned or held in a period are kept; nothing is planned twice.</source>
        <translation>按会议类型的召开频次计划 %1 年的全部规定会议？已计划或已召开的会议保持不变，不会重复计划。</translation>
    </message>
    <message>
        <source>Generate the year</source>
        <translation>生成全年会议</translation>
    </message>
    <message>
        <source>Record meeting</source>
        <translation>登记会议</translation>
    </message>
    <message>
        <source>This meeting was cancelled. Record it as held after all?</source>
        <translation>此会议已取消。仍要登记为已召开吗？</translation>
    </message>
    <message>
        <source>Postpone meeting</source>
        <translation>推迟会议</translation>
    </message>
    <message>
        <source>Cancel this meeting? It stays in the list as cancelled.</source>
        <translation>取消此会议？该会议将以“已取消”状态保留在列表中。</translation>
    </message>
    <message>
        <source>Mark this held meeting as %1? Its attendance and minutes are kept.</source>
        <translation>将此已召开的会议标为“%1”？其出席情况和会议记录将保留。</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>更改状态</translation>
    </message>
    <message>
        <source>Delete the meeting “%1” of %2 with its attendance, minutes and resolutions? This cannot be undone.</source>
        <translation>删除 %2 的会议“%1”及其出席情况、会议记录和决议？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>删除会议</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>会议记录</translation>
    </message>
    <message>
        <source>Record the meeting first; minutes are written for a held meeting.</source>
        <translation>请先登记会议；只有已召开的会议才能生成会议记录。</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>签到表</translation>
    </message>
    <message>
        <source>Meeting register</source>
        <translation>会议记录台账</translation>
    </message>
    <message>
        <source>Meeting register %1.xlsx</source>
        <translation>%1年会议记录台账.xlsx</translation>
    </message>
    <message>
        <source>Meetings planned: %1; periods that already had their meeting: %2.</source>
        <translation>已计划 %1 次会议；另有 %2 个期间已有会议。</translation>
    </message>
    <message>
        <source>Postpone to:</source>
        <translation>推迟到：</translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <source>No meetings in %1 yet. “Generate year...” plans every required meeting from the meeting types&apos; cadences; “Plan meeting...” adds one.</source>
        <translation>%1年还没有会议。“生成全年...”按会议类型的召开频次计划全部规定会议；“计划会议...”可添加一次会议。</translation>
    </message>
    <message>
        <source>Choose a meeting to see its details. Double-click to record it; in the calendar, double-click a free day to plan one.</source>
        <translation>选择会议可查看详情。双击可登记会议；在日历中双击空白日期可计划会议。</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>Generate year...</source>
        <translation>生成全年...</translation>
    </message>
    <message>
        <source>Plan meeting...</source>
        <translation>计划会议...</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>编辑...</translation>
    </message>
    <message>
        <source>Record...</source>
        <translation>登记...</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Delete...</source>
        <translation>删除...</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Plan the year&apos;s required meetings from the meeting types</source>
        <translation>按会议类型计划本年度规定会议</translation>
    </message>
    <message>
        <source>Attendance, minutes, resolutions and votes</source>
        <translation>出席情况、会议记录、决议和表决</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>上个月</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>下个月</translation>
    </message>
    <message>
        <source>Search title, place, chair</source>
        <translation>搜索会议名称、地点、主持人</translation>
    </message>
    <message>
        <source>✓ held   ○ planned   → postponed   ✕ cancelled   — double-click a day to plan a meeting or open one</source>
        <translation>✓ 已召开   ○ 已计划   → 已推迟   ✕ 已取消   — 双击日期可计划或打开会议</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <source>Postpone...</source>
        <translation>推迟...</translation>
    </message>
    <message>
        <source>Cancel...</source>
        <translation>取消...</translation>
    </message>
    <message>
        <source>Minutes (Word)...</source>
        <translation>会议记录 (Word)...</translation>
    </message>
    <message>
        <source>Sign-in sheet (Word)...</source>
        <translation>签到表 (Word)...</translation>
    </message>
    <message>
        <source>Sign-in sheet (Excel)...</source>
        <translation>签到表 (Excel)...</translation>
    </message>
    <message>
        <source>Year&apos;s register (Excel)...</source>
        <translation>全年会议台账 (Excel)...</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Any month</source>
        <translation>全部月份</translation>
    </message>
    <message>
        <source>History...</source>
        <translation>修改记录...</translation>
    </message>
</context>
<context>
    <name>SectionChoiceDialog</name>
    <message>
        <source>Make a plan item</source>
        <translation>列入计划任务</translation>
    </message>
    <message>
        <source>The resolution becomes a new item in this section of the plan, with its responsible person and due date:</source>
        <translation>该决议将连同责任人和完成时限，作为新任务列入计划的以下部分：</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <source>Record service</source>
        <translation>登记服务</translation>
    </message>
    <message>
        <source>Edit service record</source>
        <translation>编辑服务记录</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Activity *</source>
        <translation>服务内容 *</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Beneficiaries</source>
        <translation>服务对象</translation>
    </message>
    <message>
        <source>People *</source>
        <translation>人员 *</translation>
    </message>
    <message>
        <source>Hours or days</source>
        <translation>时长或天数</translation>
    </message>
    <message>
        <source>e.g. 义务植树活动</source>
        <translation>如：义务植树活动</translation>
    </message>
    <message>
        <source>who benefited, e.g. 空巢老人12户</source>
        <translation>服务对象，如：空巢老人12户</translation>
    </message>
    <message>
        <source>Tick the post&apos;s members</source>
        <translation>勾选该岗位人员</translation>
    </message>
    <message>
        <source>Untick all</source>
        <translation>全部取消勾选</translation>
    </message>
    <message>
        <source>people %1 × %2 = %3 in all</source>
        <translation>%1 人 × %2 = 共 %3</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Office name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>e.g. 柳北桥社区党委</source>
        <translation>如：柳北桥社区党委</translation>
    </message>
    <message>
        <source>The office name is stored in the database and printed on reports; the language applies to this computer.</source>
        <translation>单位名称保存在数据库中，并打印在报表上；语言设置只对本机有效。</translation>
    </message>
</context>
<context>
    <name>ShiftTypeDialog</name>
    <message>
        <source>New shift type</source>
        <translation>新增班次</translation>
    </message>
    <message>
        <source>Edit shift type</source>
        <translation>编辑班次</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>名称 *</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Runs on</source>
        <translation>适用日</translation>
    </message>
    <message>
        <source>People needed</source>
        <translation>所需人数</translation>
    </message>
    <message>
        <source>Of whom at least</source>
        <translation>其中至少</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>marked</source>
        <translation>人标记为</translation>
    </message>
    <message>
        <source>e.g. 工作日晚班</source>
        <translation>如：工作日晚班</translation>
    </message>
    <message>
        <source>0: anyone may take this duty</source>
        <translation>设为 0 表示不限人员类型，任何人均可值此班</translation>
    </message>
</context>
<context>
    <name>StructurePage</name>
    <message>
        <source>30 and under</source>
        <translation>30岁及以下</translation>
    </message>
    <message>
        <source>31 to 35</source>
        <translation>31至35岁</translation>
    </message>
    <message>
        <source>36 to 45</source>
        <translation>36至45岁</translation>
    </message>
    <message>
        <source>46 to 55</source>
        <translation>46至55岁</translation>
    </message>
    <message>
        <source>56 to 60</source>
        <translation>56至60岁</translation>
    </message>
    <message>
        <source>61 to 70</source>
        <translation>61至70岁</translation>
    </message>
    <message>
        <source>71 and over</source>
        <translation>71岁及以上</translation>
    </message>
    <message>
        <source>Age not given</source>
        <translation>年龄未填</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>党员总数</translation>
    </message>
    <message>
        <source>35 and under</source>
        <translation>35岁及以下</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>女党员</translation>
    </message>
    <message>
        <source>Ethnic minorities</source>
        <translation>少数民族</translation>
    </message>
    <message>
        <source>By age</source>
        <translation>按年龄</translation>
    </message>
    <message>
        <source>By education</source>
        <translation>按学历</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>未填</translation>
    </message>
    <message>
        <source>By occupation</source>
        <translation>按职业</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全体党员</translation>
    </message>
    <message>
        <source>%</source>
        <translation>占比%</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新党员</translation>
    </message>
    <message>
        <source>As on %1: %2 members on the roll, %3 new in %4</source>
        <translation>截至%1：在册党员 %2 名，%4年新发展 %3 名</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Members on the roll here (members registered elsewhere are counted where their relation is); new members are those admitted in the year. Ages are on the day counted.</source>
        <translation>统计本支部在册党员（组织关系在别处的党员在其组织关系所在处统计）；新党员为当年接收的预备党员。年龄按统计日计算。</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <source>work-summary-%1.docx</source>
        <translation>工作总结-%1.docx</translation>
    </message>
    <message>
        <source>Write summary</source>
        <translation>生成总结</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <source>Yearly summary</source>
        <translation>年度工作总结</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Experience and shortcomings, next year&apos;s ideas</source>
        <translation>经验与不足、下一步工作思路</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Plan results and targets</source>
        <translation>计划完成情况与目标</translation>
    </message>
    <message>
        <source>Staggered-hours duty</source>
        <translation>错时值班</translation>
    </message>
    <message>
        <source>Volunteer posts and visits</source>
        <translation>志愿岗位与入户走访</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Training and commendations</source>
        <translation>培训和表彰</translation>
    </message>
    <message>
        <source>Member development</source>
        <translation>发展党员</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>统计图表</translation>
    </message>
    <message>
        <source>Experience and next year&apos;s ideas</source>
        <translation>经验与下一步思路</translation>
    </message>
    <message>
        <source>Whole year</source>
        <translation>全年</translation>
    </message>
    <message>
        <source>Quarter %1 (progress report)</source>
        <translation>第%1季度（进展情况）</translation>
    </message>
    <message>
        <source>Typed here, kept with the year, printed as the last part.</source>
        <translation>在此填写，随年度保存，作为总结最后一部分。</translation>
    </message>
    <message>
        <source>Write .docx...</source>
        <translation>生成 Word 文档...</translation>
    </message>
</context>
<context>
    <name>TalkDialog</name>
    <message>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <source>Heart-to-heart talk</source>
        <translation>谈心谈话</translation>
    </message>
    <message>
        <source>Date *</source>
        <translation>日期 *</translation>
    </message>
    <message>
        <source>Cadre *</source>
        <translation>谈话干部 *</translation>
    </message>
    <message>
        <source>With *</source>
        <translation>谈话对象 *</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>谈话内容</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>what was talked about</source>
        <translation>谈话的主要内容</translation>
    </message>
    <message>
        <source>what the office will do, and by when</source>
        <translation>本单位将采取的措施及完成时间</translation>
    </message>
</context>
<context>
    <name>TalksModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Cadre</source>
        <translation>干部</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>谈话对象</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>谈话内容</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
</context>
<context>
    <name>TalksPage</name>
    <message>
        <source>Delete talk</source>
        <translation>删除谈话记录</translation>
    </message>
    <message>
        <source>Delete the talk of %1 with %2 on %3?</source>
        <translation>删除 %1 于 %3 与 %2 的谈话记录？</translation>
    </message>
    <message>
        <source>Talks</source>
        <translation>谈心谈话</translation>
    </message>
    <message>
        <source>Not talked to</source>
        <translation>未谈话党员</translation>
    </message>
    <message>
        <source>Record a talk...</source>
        <translation>登记谈话...</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>编辑...</translation>
    </message>
    <message>
        <source>Delete...</source>
        <translation>删除...</translation>
    </message>
    <message>
        <source>Record a talk with this member...</source>
        <translation>登记与该党员的谈话...</translation>
    </message>
    <message>
        <source>Last six months</source>
        <translation>近六个月</translation>
    </message>
    <message>
        <source>First half of the year</source>
        <translation>上半年</translation>
    </message>
    <message>
        <source>Second half of the year</source>
        <translation>下半年</translation>
    </message>
    <message>
        <source>Members not talked to between %2 and %3: %1</source>
        <translation>%2 至 %3 期间有 %1 名党员未开展谈心谈话</translation>
    </message>
</context>
<context>
    <name>TargetDialog</name>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Indicator *</source>
        <translation>指标 *</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>比较方式</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Actual value</source>
        <translation>实际值来源</translation>
    </message>
    <message>
        <source>e.g. 发展新党员</source>
        <translation>如：发展新党员</translation>
    </message>
</context>
<context>
    <name>TargetsModel</name>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Aim</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>完成率</translation>
    </message>
    <message>
        <source>Actual value from</source>
        <translation>实际值来源</translation>
    </message>
</context>
<context>
    <name>TermDialog</name>
    <message>
        <source>Record a term: %1</source>
        <translation>登记任期：%1</translation>
    </message>
    <message>
        <source>Election meeting *</source>
        <translation>选举大会 *</translation>
    </message>
    <message>
        <source>Elected on *</source>
        <translation>选举日期 *</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>任期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>(no meeting with an election vote)</source>
        <translation>（没有进行过选举表决的会议）</translation>
    </message>
    <message>
        <source>(the election did not pass)</source>
        <translation>（选举无效）</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 年</translation>
    </message>
    <message>
        <source>e.g. the higher committee&apos;s approval, number of members elected</source>
        <translation>如：上级党组织批复、选出委员人数</translation>
    </message>
</context>
<context>
    <name>TermsModel</name>
    <message>
        <source>Elected on</source>
        <translation>选举日期</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>任期（年）</translation>
    </message>
    <message>
        <source>Term ends</source>
        <translation>届满日期</translation>
    </message>
    <message>
        <source>Prepare the election from</source>
        <translation>换届提醒日期</translation>
    </message>
    <message>
        <source>Postponed to</source>
        <translation>延期至</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>ID / number</source>
        <translation>身份证号/编号</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>户号</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Party category</source>
        <translation>党员类别</translation>
    </message>
    <message>
        <source>Branch / group</source>
        <translation>所在支部/小组</translation>
    </message>
    <message>
        <source>Joined the party</source>
        <translation>入党日期</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>学历</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Cadre</source>
        <translation>干部</translation>
    </message>
    <message>
        <source>Party member</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>Resident representative</source>
        <translation>居民代表</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>在册</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>Floating</source>
        <translation>流动</translation>
    </message>
    <message>
        <source>Primary school or less</source>
        <translation>小学及以下</translation>
    </message>
    <message>
        <source>Junior high school</source>
        <translation>初中</translation>
    </message>
    <message>
        <source>Senior high / technical school</source>
        <translation>高中/中专</translation>
    </message>
    <message>
        <source>Junior college</source>
        <translation>大专</translation>
    </message>
    <message>
        <source>Bachelor&apos;s degree</source>
        <translation>本科</translation>
    </message>
    <message>
        <source>Postgraduate</source>
        <translation>研究生</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>此项必填。</translation>
    </message>
    <message>
        <source>This is too long.</source>
        <translation>内容过长。</translation>
    </message>
    <message>
        <source>A phone number has 5 to 15 digits (spaces and dashes are allowed).</source>
        <translation>电话号码应为 5 到 15 位数字（可含空格和短横线）。</translation>
    </message>
    <message>
        <source>Use letters and digits only (at most 32).</source>
        <translation>只能填写字母和数字（最多 32 位）。</translation>
    </message>
    <message>
        <source>This 18-digit resident ID fails its check digit; please check it.</source>
        <translation>这个 18 位身份证号的校验位不对，请核对。</translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation>日期不能晚于今天。</translation>
    </message>
    <message>
        <source>This date is before 1900.</source>
        <translation>日期不能早于 1900 年。</translation>
    </message>
    <message>
        <source>This date is before the birth date.</source>
        <translation>日期不能早于出生日期。</translation>
    </message>
    <message>
        <source>Not a date (use e.g. 1985-03-12).</source>
        <translation>不是有效日期（请写成 1985-03-12 这样的格式）。</translation>
    </message>
    <message>
        <source>Gender must be male or female (男/女).</source>
        <translation>性别应为“男”或“女”。</translation>
    </message>
    <message>
        <source>Unknown role (use cadre, party member, volunteer, resident representative).</source>
        <translation>无法识别的身份（可填：干部、党员、志愿者、居民代表）。</translation>
    </message>
    <message>
        <source>Unknown party category (use registered, in service, floating).</source>
        <translation>无法识别的党员类别（可填：在册、在职、流动）。</translation>
    </message>
    <message>
        <source>Unknown education (use e.g. 初中, 高中, 中专, 大专, 本科, 研究生).</source>
        <translation>无法识别的学历（请填写初中、高中、中专、大专、本科、研究生等）。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: starts like a spreadsheet formula; kept and exported as plain text</source>
        <translation>%1：以公式符号开头，按普通文字保存和导出</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>文件夹不存在</translation>
    </message>
    <message>
        <source>the location is read-only or you have no permission to write there</source>
        <translation>该位置只读，或没有写入权限</translation>
    </message>
    <message>
        <source>the file is open in another program (close it, or choose another name)</source>
        <translation>文件正被其他程序打开（请先关闭它，或换一个文件名）</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>这是一个文件夹，不是文件</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>文件无法读取</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>it is a file, not a folder</source>
        <translation>这是一个文件，不是文件夹</translation>
    </message>
    <message>
        <source>a file in that folder is open in another program (close it and try again)</source>
        <translation>该文件夹中有文件正被其他程序打开（请关闭后重试）</translation>
    </message>
    <message>
        <source>the disk is full (free some space and try again)</source>
        <translation>磁盘已满（请腾出空间后重试）</translation>
    </message>
    <message>
        <source>only .xlsx and .csv files can be imported</source>
        <translation>只能导入 .xlsx 和 .csv 文件</translation>
    </message>
    <message>
        <source>the file is damaged or is not a spreadsheet</source>
        <translation>文件已损坏或不是表格文件</translation>
    </message>
    <message>
        <source>no column named 姓名 or Name was found in the first rows</source>
        <translation>在前几行中没有找到“姓名”或“Name”列</translation>
    </message>
    <message>
        <source>the sheet has a header but no rows of people</source>
        <translation>表格只有表头，没有人员数据</translation>
    </message>
    <message>
        <source>it is not a text document (perhaps a picture or a program)</source>
        <translation>它不是文本文档（可能是图片或程序）</translation>
    </message>
    <message>
        <source>it holds no text</source>
        <translation>其中没有文字</translation>
    </message>
    <message>
        <source>it is too large for a plan (over 1 MB of text)</source>
        <translation>文件太大，不像一份计划（文字超过 1 MB）</translation>
    </message>
    <message>
        <source>only .txt and .docx files can be read</source>
        <translation>只能读取 .txt 和 .docx 文件</translation>
    </message>
    <message>
        <source>the Word file is damaged</source>
        <translation>Word 文件已损坏</translation>
    </message>
    <message>
        <source>the file cannot be opened</source>
        <translation>文件无法打开</translation>
    </message>
    <message>
        <source>%1 is not a PartyPlan database (or it is damaged). It was not changed.</source>
        <translation>%1 不是 PartyPlan 数据库（或已损坏）。文件未作任何改动。</translation>
    </message>
    <message>
        <source>%1 is a database of another program. PartyPlan did not change it.</source>
        <translation>%1 是其他程序的数据库。PartyPlan 未作任何改动。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of PartyPlan (schema %2). Install the newer version to open it; the file was not changed.</source>
        <translation>%1 由更新版本的 PartyPlan 创建（结构版本 %2）。请安装新版本后再打开；文件未作任何改动。</translation>
    </message>
    <message>
        <source>Cannot use %1: %2.</source>
        <translation>无法使用 %1：%2。</translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535</source>
        <translation>端口必须是 1 到 65535 之间的数字</translation>
    </message>
    <message>
        <source>PartyPlan works with PostgreSQL servers (postgresql://) and database files</source>
        <translation>PartyPlan 只能使用 PostgreSQL 服务器（postgresql://）和数据库文件</translation>
    </message>
    <message>
        <source>it is not written as an address</source>
        <translation>它的写法不是一个地址</translation>
    </message>
    <message>
        <source>%1 is not a database address PartyPlan can use: %2. Give a file, or an address like postgresql://user@server:5432/partyplan.</source>
        <translation>%1 不是 PartyPlan 可以使用的数据库地址：%2。请给出一个文件，或形如 postgresql://user@server:5432/partyplan 的地址。</translation>
    </message>
    <message>
        <source>Cannot connect to the database %1: %2</source>
        <translation>无法连接数据库 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Nothing was changed; choose another name or folder.</source>
        <translation>无法写入 %1：%2。未作任何改动；请换一个文件名或文件夹。</translation>
    </message>
    <message>
        <source>Cannot write %1: the text in cell %2 of the sheet “%3” (starting “%4”) has %5 characters, and a sheet cell holds at most %6. Shorten it and export again; nothing was written.</source>
        <translation>无法写入 %1：工作表“%3”的单元格 %2 中的文字（开头为“%4”）有 %5 个字符，而一个单元格最多只能容纳 %6 个字符。请删减后重新导出；本次未写入任何文件。</translation>
    </message>
    <message>
        <source>Cannot import %1: %2.</source>
        <translation>无法导入 %1：%2。</translation>
    </message>
    <message>
        <source>Cannot read the plan %1: %2.</source>
        <translation>无法读取计划 %1：%2。</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>意外错误：%1</translation>
    </message>
    <message>
        <source>Could not back up %1 into %2: %3. The database itself was not changed.</source>
        <translation>无法将 %1 备份到 %2：%3。数据库本身未被改动。</translation>
    </message>
    <message>
        <source>%1 holds things a PartyPlan database does not (%2): another program has changed it, so it is not restored. Nothing was changed.</source>
        <translation>%1 含有 PartyPlan 数据库所没有的内容（%2）：它已被其他程序改动过，因此不予恢复。未作任何改动。</translation>
    </message>
    <message>
        <source>Could not restore %1 from %2: %3. The database was not changed.</source>
        <translation>无法从 %2 恢复 %1：%3。数据库未被改动。</translation>
    </message>
    <message>
        <source>%1 must first be upgraded to this version of PartyPlan, which only the copy that is using it can do. It was not opened.</source>
        <translation>%1 需要先升级到此版本的 PartyPlan，而只有正在占用它的那个 PartyPlan 才能升级。未打开该数据库。</translation>
    </message>
    <message>
        <source>%1 is open read-only, because another copy of PartyPlan is using it. Nothing was changed. Close the other copy and open the database again to make changes.</source>
        <translation>%1 已被另一个 PartyPlan 占用，因此以只读方式打开，未作任何修改。如需修改，请关闭另一个 PartyPlan 后重新打开数据库。</translation>
    </message>
    <message>
        <source>&apos;%1...&apos; is %2 characters long, and this field holds at most %3. Nothing was saved; shorten it and save again.</source>
        <translation>“%1……”长 %2 个字，而此栏最多只能填 %3 个字。未保存任何内容；请删短后再保存。</translation>
    </message>
    <message>
        <source>The disk holding %1 is full. Nothing was saved; free some space and try again.</source>
        <translation>存放 %1 的磁盘已满。未保存任何内容；请腾出空间后重试。</translation>
    </message>
    <message>
        <source>%1 is busy: another program kept it locked for more than %2 seconds. Nothing was written; try again when the other program has finished.</source>
        <translation>%1 正忙：另一个程序锁定它已超过 %2 秒。未写入任何内容；请等另一个程序完成后再试。</translation>
    </message>
    <message>
        <source>%1 could not be upgraded to this version of PartyPlan (%2). The upgrade was undone and the file is as it was.</source>
        <translation>%1 无法升级到此版本的 PartyPlan（%2）。升级已撤销，文件保持原样。</translation>
    </message>
    <message>
        <source>A copy from before the attempt is %1.</source>
        <translation>升级前的副本为 %1。</translation>
    </message>
    <message>
        <source>Cannot copy %1 onto itself: choose another file or server as the target.</source>
        <translation>不能将 %1 复制到其自身，请选择其他文件或服务器作为目标。</translation>
    </message>
    <message>
        <source>the database cannot be read</source>
        <translation>无法读取数据库</translation>
    </message>
    <message>
        <source>the backups folder cannot be written</source>
        <translation>无法写入备份文件夹</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>the copy failed its integrity check and was deleted</source>
        <translation>副本未通过完整性检查，已删除</translation>
    </message>
    <message>
        <source>the backup is the database itself</source>
        <translation>备份文件就是数据库本身</translation>
    </message>
    <message>
        <source>another program is writing to the database</source>
        <translation>另一个程序正在写入数据库</translation>
    </message>
    <message>
        <source>the copy could not be written</source>
        <translation>无法写入副本</translation>
    </message>
    <message>
        <source>%1 is damaged (SQLite reports: %2). It was not changed.</source>
        <translation>%1 已损坏（SQLite 报告：%2），未作修改。</translation>
    </message>
    <message>
        <source>%1 is in use by another copy of PartyPlan (its lock file %2 cannot be read).</source>
        <translation>%1 已被另一个 PartyPlan 占用（无法读取其锁定文件 %2）。</translation>
    </message>
    <message>
        <source>%1 is in use by %2 on the computer %3 (process %4) since %5. Only one copy of PartyPlan may change a database at a time.</source>
        <translation>%1 自 %5 起被计算机 %3 上的 %2（进程 %4）占用。同一时间只能有一个 PartyPlan 修改数据库。</translation>
    </message>
    <message>
        <source>If you are sure PartyPlan is no longer running there, delete %1.</source>
        <translation>如确定该计算机上的 PartyPlan 已不再运行，请删除 %1。</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>文件过大</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>文件不是 UTF-8 文本</translation>
    </message>
    <message>
        <source>the file is not valid JSON</source>
        <translation>文件不是有效的 JSON</translation>
    </message>
    <message>
        <source>it is not a PartyPlan data file</source>
        <translation>不是 PartyPlan 数据文件</translation>
    </message>
    <message>
        <source>it was written by a newer version of PartyPlan (file format %1)</source>
        <translation>由更新版本的 PartyPlan 生成（文件格式 %1）</translation>
    </message>
    <message>
        <source>it was written by a newer version of PartyPlan (schema %1)</source>
        <translation>由更新版本的 PartyPlan 生成（数据结构版本 %1）</translation>
    </message>
    <message>
        <source>the database is open read-only</source>
        <translation>数据库以只读方式打开</translation>
    </message>
    <message>
        <source>a value in the database cannot be read</source>
        <translation>数据库中有无法读取的值</translation>
    </message>
    <message>
        <source>the database refused the data</source>
        <translation>数据库拒绝了这些数据</translation>
    </message>
    <message>
        <source>the file cannot be written</source>
        <translation>无法写入文件</translation>
    </message>
    <message>
        <source>not a list</source>
        <translation>不是列表</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>不是对象</translation>
    </message>
    <message>
        <source>no such table in this version</source>
        <translation>此版本中没有该表</translation>
    </message>
    <message>
        <source>no such field in this version</source>
        <translation>此版本中没有该字段</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>not a whole number</source>
        <translation>不是整数</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <source>number out of range</source>
        <translation>数值超出范围</translation>
    </message>
    <message>
        <source>not text</source>
        <translation>不是文本</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>超过 %1 个字符</translation>
    </message>
    <message>
        <source>contains a character that cannot be stored</source>
        <translation>含有无法存储的字符</translation>
    </message>
    <message>
        <source>not true or false</source>
        <translation>不是“是”或“否”</translation>
    </message>
    <message>
        <source>not a date</source>
        <translation>不是日期</translation>
    </message>
    <message>
        <source>not a date and time</source>
        <translation>不是日期时间</translation>
    </message>
    <message>
        <source>not a time</source>
        <translation>不是时间</translation>
    </message>
    <message>
        <source>not base64 data</source>
        <translation>不是 base64 数据</translation>
    </message>
    <message>
        <source>not one of: %1</source>
        <translation>不在以下取值中：%1</translation>
    </message>
    <message>
        <source>the same key as %1</source>
        <translation>与 %1 的键重复</translation>
    </message>
    <message>
        <source>refers to %1, which is not in the file</source>
        <translation>引用了文件中不存在的 %1</translation>
    </message>
    <message>
        <source>refers to itself in a circle</source>
        <translation>存在循环引用</translation>
    </message>
    <message>
        <source>the header and the rows disagree (%1)</source>
        <translation>表头与数据行不一致（%1）</translation>
    </message>
    <message>
        <source>is its own parent</source>
        <translation>以自身为上级</translation>
    </message>
    <message>
        <source>outside %1</source>
        <translation>超出 %1 的范围</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>早于 %1</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>多于 %1</translation>
    </message>
    <message>
        <source>... and %1 more.</source>
        <translation>……另有 %1 项。</translation>
    </message>
    <message>
        <source>%1 already holds data (%2). A data file is imported only into an empty database: create a new one (for example --db new.sqlite3) and import there.</source>
        <translation>%1 中已有数据（%2）。数据文件只能导入空数据库：请新建数据库（例如 --db new.sqlite3）后再导入。</translation>
    </message>
    <message>
        <source>Cannot use %1: %2. Nothing was written.</source>
        <translation>无法使用 %1：%2。未写入任何数据。</translation>
    </message>
    <message>
        <source>This person is already recorded (the same ID number, or the same name and phone).</source>
        <translation>此人已登记（身份证号/编号相同，或姓名和电话相同）。</translation>
    </message>
    <message>
        <source>it is %1 text, which PartyPlan does not read; in Excel or WPS save it as “CSV UTF-8” and import that</source>
        <translation>该文件为 %1 编码，PartyPlan 无法读取；请在 Excel 或 WPS 中另存为“CSV UTF-8”后再导入</translation>
    </message>
    <message>
        <source>every worksheet in it is hidden</source>
        <translation>其中所有工作表都已隐藏</translation>
    </message>
    <message>
        <source>it is too large for a list of people (%1)</source>
        <translation>文件太大，不像人员名单（%1）</translation>
    </message>
    <message>
        <source>it has more than %1 rows; import the list in parts</source>
        <translation>超过 %1 行；请分批导入</translation>
    </message>
    <message>
        <source>its text is in an encoding PartyPlan cannot recognise; in Excel or WPS save it as “CSV UTF-8” and import that</source>
        <translation>无法识别其文字编码；请在 Excel 或 WPS 中另存为“CSV UTF-8”后再导入</translation>
    </message>
    <message>
        <source>a quotation mark (&quot;) opened on line %1 is never closed, so the rest of the file reads as one cell; close it and import again</source>
        <translation>第 %1 行的引号（&quot;）没有闭合，文件其余部分都被读成了一个单元格；请补全引号后再导入</translation>
    </message>
    <message>
        <source>it has more paragraphs than a plan has (over 20,000)</source>
        <translation>段落数量超出一份计划应有的范围（超过 20,000 段）</translation>
    </message>
    <message>
        <source>This day does not exist: the month has fewer days.</source>
        <translation>没有这一天：该月没有这么多天。</translation>
    </message>
    <message>
        <source>Give the day as well (e.g. 1985-03-12); a month alone is not a date.</source>
        <translation>请写到具体哪一天（如 1985-03-12），只写年月不算日期。</translation>
    </message>
    <message>
        <source>%1 was not imported: problems found: %2; nothing was written.</source>
        <translation>未导入 %1：发现 %2 个问题，未写入任何数据。</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>另一位用户</translation>
    </message>
    <message>
        <source>%1 was changed on another PC after you opened it, so nothing of yours was saved. Open it again to see the change.</source>
        <translation>您打开“%1”之后，它已被另一台电脑修改，因此您的修改未保存。请重新打开查看修改后的内容。</translation>
    </message>
    <message>
        <source>%1 was deleted by %2 at %3 after you opened it. Nothing of yours was saved.</source>
        <translation>您打开“%1”之后，%2 于 %3 将其删除。您的修改未保存。</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 after you opened it, so nothing of yours was saved.</source>
        <translation>您打开“%1”之后，%2 于 %3 修改了它，因此您的修改未保存。</translation>
    </message>
    <message>
        <source>Theirs: %1</source>
        <translation>对方的：%1</translation>
    </message>
    <message>
        <source>Yours: %1</source>
        <translation>您的：%1</translation>
    </message>
    <message>
        <source>pg_dump could not copy %1 before its upgrade (%2), so it was not upgraded; nothing was changed.</source>
        <translation>升级前 pg_dump 未能备份 %1（%2），因此未升级；未作任何改动。</translation>
    </message>
    <message>
        <source>The roster of %1 was changed by %2 at %3 while it was being drawn up. Nothing was stored; draw it up again so that the change is taken into account.</source>
        <translation>%1 的排班在编排过程中被 %2 于 %3 修改。编排结果未保存；请重新编排，以便纳入这一修改。</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>未保存任何内容。</translation>
    </message>
    <message>
        <source>Another PC has just made a new version of this month&apos;s roster. Nothing was saved; open the month again to see it.</source>
        <translation>另一台电脑刚刚为本月排班建立了新版本。未保存任何内容；请重新打开该月查看。</translation>
    </message>
    <message>
        <source>This person is already on that duty. Nothing was saved.</source>
        <translation>此人已在该班次值班。未保存任何内容。</translation>
    </message>
    <message>
        <source>This is already recorded (%1 must be different). Nothing was saved.</source>
        <translation>已有相同记录（%1 不能重复）。未保存任何内容。</translation>
    </message>
    <message>
        <source>%1 is a database file; offices live on a PostgreSQL server (give --db postgresql://owner@server/district).</source>
        <translation>%1 是数据库文件；各社区的数据位于 PostgreSQL 服务器上（请使用 --db postgresql://owner@server/district）。</translation>
    </message>
    <message>
        <source>%1 cannot name an office: use lower-case letters a-z, digits and _, starting with a letter (at most 40), and put the office&apos;s own name in --title.</source>
        <translation>%1 不能用作社区代号：请使用小写字母 a-z、数字和 _，以字母开头（最多 40 个），社区的正式名称请写在 --title 中。</translation>
    </message>
    <message>
        <source>%1 cannot be a login name: use lower-case letters, digits, _ . and -, starting with a letter.</source>
        <translation>%1 不能用作登录名：请使用小写字母、数字、_、. 和 -，以字母开头。</translation>
    </message>
    <message>
        <source>%1 already exists on the server; nothing was changed.</source>
        <translation>服务器上已有 %1；未作任何改动。</translation>
    </message>
    <message>
        <source>There is no office %1 on this server (partyplan district offices lists them).</source>
        <translation>此服务器上没有社区 %1（可用 partyplan district offices 列出所有社区）。</translation>
    </message>
    <message>
        <source>The role %1 may not do this on the server (%2); sign in as the district&apos;s owner.</source>
        <translation>角色 %1 无权在服务器上执行此操作（%2）；请以街道管理员身份登录。</translation>
    </message>
    <message>
        <source>A login needs a password; %1 was not created.</source>
        <translation>登录账号必须设置密码；未创建 %1。</translation>
    </message>
    <message>
        <source>The office %1 is at an older version of PartyPlan (%2); the district&apos;s owner upgrades it with partyplan district upgrade.</source>
        <translation>社区 %1 的数据仍为旧版 PartyPlan（%2）；请街道管理员用 partyplan district upgrade 升级。</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Encryption (TLS)</source>
        <translation>加密（TLS）</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA 证书</translation>
    </message>
    <message>
        <source>Connect timeout</source>
        <translation>连接超时</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>This number is out of range.</source>
        <translation>此数值超出范围。</translation>
    </message>
    <message>
        <source>This is not one of the choices.</source>
        <translation>不是可选的值。</translation>
    </message>
    <message>
        <source>already at this version</source>
        <translation>已是此版本</translation>
    </message>
    <message>
        <source>upgraded from %1 to %2 WITHOUT a backup: pg_dump is not on this PC (install PostgreSQL&apos;s client tools, or set PARTYPLAN_PG_DUMP)</source>
        <translation>已从 %1 升级到 %2，但升级前【未备份】：本机没有 pg_dump（请安装 PostgreSQL 客户端工具，或设置 PARTYPLAN_PG_DUMP）</translation>
    </message>
    <message>
        <source>upgraded from %1 to %2; backed up first to %3</source>
        <translation>已从 %1 升级到 %2；升级前已备份到 %3</translation>
    </message>
    <message>
        <source>This person</source>
        <translation>该人员信息</translation>
    </message>
    <message>
        <source>This plan</source>
        <translation>该计划</translation>
    </message>
    <message>
        <source>This plan section</source>
        <translation>该计划章节</translation>
    </message>
    <message>
        <source>This plan item</source>
        <translation>该计划事项</translation>
    </message>
    <message>
        <source>This month&apos;s roster</source>
        <translation>本月排班</translation>
    </message>
    <message>
        <source>This duty</source>
        <translation>该班次</translation>
    </message>
    <message>
        <source>This record-book entry</source>
        <translation>该值班记录</translation>
    </message>
    <message>
        <source>This meeting</source>
        <translation>该会议</translation>
    </message>
    <message>
        <source>This resolution</source>
        <translation>该决议</translation>
    </message>
    <message>
        <source>This member&apos;s evaluation</source>
        <translation>该党员的评议</translation>
    </message>
    <message>
        <source>This post</source>
        <translation>该岗位</translation>
    </message>
    <message>
        <source>This development file</source>
        <translation>该发展档案</translation>
    </message>
    <message>
        <source>This record</source>
        <translation>该记录</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>来访人</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>跟进期限</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等次</translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation>计划日期</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>召开日期</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>会议记录</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Votes for</source>
        <translation>赞成票</translation>
    </message>
    <message>
        <source>Votes against</source>
        <translation>反对票</translation>
    </message>
    <message>
        <source>Abstentions</source>
        <translation>弃权票</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>锁定</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发布时间</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>The server refused the user name or the password. Check both and connect again.</source>
        <translation>服务器拒绝了此用户名或密码。请检查后重新连接。</translation>
    </message>
    <message>
        <source>The server has no such database. Check the database&apos;s name.</source>
        <translation>服务器上没有这个数据库。请检查数据库名称。</translation>
    </message>
    <message>
        <source>The encrypted connection could not be made (%1). Check the encryption setting and the CA certificate.</source>
        <translation>无法建立加密连接（%1）。请检查加密设置和 CA 证书。</translation>
    </message>
    <message>
        <source>The server cannot be reached: is it switched on, and are its name and port right? (%1)</source>
        <translation>无法连接到服务器：请确认服务器已开机，地址和端口填写正确。（%1）</translation>
    </message>
    <message>
        <source>Nothing was saved; the database in use stays open.</source>
        <translation>未保存任何内容；当前使用的数据库保持打开。</translation>
    </message>
</context>
<context>
    <name>TrainingModels</name>
    <message>
        <source>1 day</source>
        <translation>1天</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1学时</translation>
    </message>
    <message>
        <source>Certificates: %1</source>
        <translation>发证：%1 本</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>实到</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Certificate no.</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>要求</translation>
    </message>
    <message>
        <source>Short by</source>
        <translation>尚差</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Awarded to</source>
        <translation>获奖对象</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>评议年度</translation>
    </message>
    <message>
        <source>Awarded by %1</source>
        <translation>授予单位：%1</translation>
    </message>
    <message>
        <source>days: %1</source>
        <translation>%1天</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <source>Delete training session</source>
        <translation>删除培训</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参训人员</translation>
    </message>
    <message>
        <source>Delete commendation</source>
        <translation>删除表彰</translation>
    </message>
    <message>
        <source>Delete the commendation “%1” of %2? This cannot be undone.</source>
        <translation>删除%2的表彰“%1”？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Export training and commendations</source>
        <translation>导出培训和表彰</translation>
    </message>
    <message>
        <source>training-%1.xlsx</source>
        <translation>培训台账-%1.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Participants: %1</source>
        <translation>参训人员：%1</translation>
    </message>
    <message>
        <source>Training per person (%1)</source>
        <translation>个人培训统计（%1）</translation>
    </message>
    <message>
        <source>Short of the yearly requirement (%1)</source>
        <translation>未达年度培训要求（%1）</translation>
    </message>
    <message>
        <source>Training sessions %1</source>
        <translation>%1年培训</translation>
    </message>
    <message>
        <source>Commendations %1</source>
        <translation>%1年表彰</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>显示全部</translation>
    </message>
    <message>
        <source>Tick who attended; double-click a certificate cell to type its number.</source>
        <translation>勾选实到人员；双击证书编号单元格可填写编号。</translation>
    </message>
    <message>
        <source>Requirements...</source>
        <translation>培训要求...</translation>
    </message>
    <message>
        <source>Class hours...</source>
        <translation>党员学时...</translation>
    </message>
    <message>
        <source>Excel...</source>
        <translation>Excel...</translation>
    </message>
    <message>
        <source>New session...</source>
        <translation>新增培训...</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>编辑...</translation>
    </message>
    <message>
        <source>Delete...</source>
        <translation>删除...</translation>
    </message>
    <message>
        <source>Participants...</source>
        <translation>参训人员...</translation>
    </message>
    <message>
        <source>New commendation...</source>
        <translation>新增表彰...</translation>
    </message>
    <message>
        <source>Delete the training “%1” of %2 with its participants (%3)? This cannot be undone.</source>
        <translation>删除 %2 的培训“%1”及其 %3 名参训人员？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Sessions %1 · attendances %2 · certificates %3 · commendations %4</source>
        <translation>培训 %1 期 · 参训 %2 人次 · 发证 %3 本 · 表彰 %4 项</translation>
    </message>
</context>
<context>
    <name>TrainingRequirementsDialog</name>
    <message>
        <source>Training requirements</source>
        <translation>年度培训要求</translation>
    </message>
    <message>
        <source>Days of training each role needs in a year. Someone with several roles owes the largest of them; people short of it are listed on the Training tab.</source>
        <translation>各类人员每年应参加培训的天数。身兼多种身份的，按要求最高的计算；未达要求的人员列在“培训”页。</translation>
    </message>
    <message>
        <source>A training day</source>
        <translation>每个培训日</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>不少于</translation>
    </message>
    <message>
        <source>days a year</source>
        <translation>天/年</translation>
    </message>
    <message>
        <source>class hours (when only hours are recorded)</source>
        <translation>学时（仅记录学时时按此折算）</translation>
    </message>
</context>
<context>
    <name>TrainingSessionDialog</name>
    <message>
        <source>New training session</source>
        <translation>新增培训</translation>
    </message>
    <message>
        <source>Edit training session</source>
        <translation>编辑培训</translation>
    </message>
    <message>
        <source>Title *</source>
        <translation>标题 *</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>class hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <source>e.g. Studying the Party Constitution</source>
        <translation>如：党章专题学习</translation>
    </message>
    <message>
        <source>e.g. Street party working committee</source>
        <translation>如：××街道党工委</translation>
    </message>
</context>
<context>
    <name>TrainingTexts</name>
    <message>
        <source>Political theory</source>
        <translation>政治理论</translation>
    </message>
    <message>
        <source>Law</source>
        <translation>法律法规</translation>
    </message>
    <message>
        <source>Community service</source>
        <translation>社区服务</translation>
    </message>
    <message>
        <source>Business skills</source>
        <translation>业务技能</translation>
    </message>
    <message>
        <source>Development targets (centralised)</source>
        <translation>发展对象集中培训</translation>
    </message>
    <message>
        <source>Backbone members</source>
        <translation>骨干培训</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>National</source>
        <translation>国家级</translation>
    </message>
    <message>
        <source>Provincial</source>
        <translation>省级</translation>
    </message>
    <message>
        <source>Municipal</source>
        <translation>市级</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区级</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区级</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>优秀</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Basically qualified</source>
        <translation>基本合格</translation>
    </message>
    <message>
        <source>Unqualified</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>Outstanding Communist Party member</source>
        <translation>优秀共产党员</translation>
    </message>
    <message>
        <source>Outstanding party worker</source>
        <translation>优秀党务工作者</translation>
    </message>
    <message>
        <source>Advanced grassroots party organisation</source>
        <translation>先进基层党组织</translation>
    </message>
    <message>
        <source>Outstanding league member</source>
        <translation>优秀共青团员</translation>
    </message>
    <message>
        <source>Red-flag league committee</source>
        <translation>五四红旗团委</translation>
    </message>
    <message>
        <source>Top ten outstanding young people</source>
        <translation>十大杰出青年</translation>
    </message>
    <message>
        <source>Outstanding volunteer</source>
        <translation>优秀志愿者</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>此项必填。</translation>
    </message>
    <message>
        <source>Choose a kind of training from the list.</source>
        <translation>请从列表中选择培训类别。</translation>
    </message>
    <message>
        <source>The last day cannot be before the first day.</source>
        <translation>结束日期不能早于开始日期。</translation>
    </message>
    <message>
        <source>Enter zero or more.</source>
        <translation>请输入 0 或更大的数。</translation>
    </message>
    <message>
        <source>Enter the days or the class hours, so that the session counts.</source>
        <translation>请填写天数或学时，培训才能计入统计。</translation>
    </message>
    <message>
        <source>More days than the dates span: check the dates or the days.</source>
        <translation>天数超过了起止日期的跨度，请核对日期或天数。</translation>
    </message>
    <message>
        <source>A year has at most 366 days.</source>
        <translation>一年最多 366 天。</translation>
    </message>
    <message>
        <source>A training day has more than 0 and at most 24 hours.</source>
        <translation>每个培训日的学时应大于 0、不超过 24。</translation>
    </message>
    <message>
        <source>Enter more than 0 and at most 2000 class hours.</source>
        <translation>请输入大于 0、不超过 2000 的学时数。</translation>
    </message>
    <message>
        <source>This person holds a certificate for the session; clear it before marking them absent.</source>
        <translation>此人已获该培训的结业证书，请先清除证书编号再标为缺席。</translation>
    </message>
    <message>
        <source>Only someone who attended can hold a certificate.</source>
        <translation>只有实际参训的人员才能发证。</translation>
    </message>
    <message>
        <source>This certificate number is already given to someone else.</source>
        <translation>该证书编号已发给其他人。</translation>
    </message>
    <message>
        <source>At most 60 characters.</source>
        <translation>最多 60 个字符。</translation>
    </message>
    <message>
        <source>Choose a level from the list.</source>
        <translation>请从列表中选择级别。</translation>
    </message>
    <message>
        <source>Choose a person or type the organisation awarded.</source>
        <translation>请选择获奖个人或填写获奖组织。</translation>
    </message>
    <message>
        <source>A commendation goes to a person or to an organisation, not both.</source>
        <translation>表彰对象只能是个人或组织之一。</translation>
    </message>
    <message>
        <source>The evaluation year cannot be after the award&apos;s date.</source>
        <translation>评议年度不能晚于表彰日期。</translation>
    </message>
    <message>
        <source>Archived people cannot be added to a session: %1.</source>
        <translation>已归档人员不能加入培训：%1。</translation>
    </message>
    <message>
        <source>This training session no longer exists; someone may have deleted it.</source>
        <translation>该培训已不存在，可能已被他人删除。</translation>
    </message>
    <message>
        <source>This person is no longer on the session&apos;s list.</source>
        <translation>此人已不在该培训名单中。</translation>
    </message>
    <message>
        <source>This commendation no longer exists; someone may have deleted it.</source>
        <translation>该表彰已不存在，可能已被他人删除。</translation>
    </message>
    <message>
        <source>This person is no longer in People.</source>
        <translation>此人已不在人员名册中。</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Choose a member from People.</source>
        <translation>请从人员名册中选择党员。</translation>
    </message>
    <message>
        <source>From (branch)</source>
        <translation>转出单位</translation>
    </message>
    <message>
        <source>To (branch)</source>
        <translation>转往单位</translation>
    </message>
    <message>
        <source>a name from People, or a new member&apos;s name</source>
        <translation>名册中的姓名，或新转入党员的姓名</translation>
    </message>
    <message>
        <source>a member on the roll here</source>
        <translation>本支部在册党员</translation>
    </message>
    <message>
        <source>Record a transfer</source>
        <translation>登记组织关系转接</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>转接类型</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>Letter no.</source>
        <translation>介绍信编号</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>开具日期</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Joins here</source>
        <translation>转入支部</translation>
    </message>
    <message>
        <source>Reported here on</source>
        <translation>报到日期</translation>
    </message>
    <message>
        <source>Receipt on</source>
        <translation>回执日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>e.g. 柳组转〔2026〕8号</source>
        <translation>如：柳组转〔2026〕8号</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (optional)</source>
        <translation>YYYY-MM-DD（可不填）</translation>
    </message>
</context>
<context>
    <name>TransfersPage</name>
    <message>
        <source>In</source>
        <translation>转入</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>转出</translation>
    </message>
    <message>
        <source>In/out</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>Letter no.</source>
        <translation>介绍信编号</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>开具日期</translation>
    </message>
    <message>
        <source>From / to</source>
        <translation>转出/转往单位</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>报到</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>回执</translation>
    </message>
    <message>
        <source>Joins</source>
        <translation>转入支部</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Reported here</source>
        <translation>报到</translation>
    </message>
    <message>
        <source>The member reported here on:</source>
        <translation>该党员报到日期：</translation>
    </message>
    <message>
        <source>The receipt was returned or sent on:</source>
        <translation>回执退回或寄出日期：</translation>
    </message>
    <message>
        <source>Delete transfer</source>
        <translation>删除转接记录</translation>
    </message>
    <message>
        <source>Delete the letter %1 of %2? Who is on the roll is worked out again without it.</source>
        <translation>删除%2的介绍信 %1？删除后将重新计算在册情况。</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>组织关系转接</translation>
    </message>
    <message>
        <source>In %1 · out %2</source>
        <translation>转入 %1 · 转出 %2</translation>
    </message>
    <message>
        <source>Letters of %1</source>
        <translation>%1年介绍信</translation>
    </message>
    <message>
        <source>Due: receipts and reports awaited (%1)</source>
        <translation>待办：待回执、待报到（%1）</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>A letter issued takes the member off the roll that day; one received puts them on it when they report (shaded: a receipt or report is due).</source>
        <translation>开具介绍信当日起该党员不再在册；转入的党员自报到之日起在册（底色标出：回执或报到已到期）。</translation>
    </message>
    <message>
        <source>Record transfer...</source>
        <translation>登记转接...</translation>
    </message>
    <message>
        <source>Reported...</source>
        <translation>报到...</translation>
    </message>
    <message>
        <source>Receipt...</source>
        <translation>回执...</translation>
    </message>
    <message>
        <source>Delete...</source>
        <translation>删除...</translation>
    </message>
</context>
<context>
    <name>TypesModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>召开频次</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>参会人员</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>表决</translation>
    </message>
    <message>
        <source>Valid when</source>
        <translation>法定人数</translation>
    </message>
    <message>
        <source>Passes with</source>
        <translation>表决通过规则</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation>（已归档）</translation>
    </message>
</context>
<context>
    <name>TypesPage</name>
    <message>
        <source>Archive “%1”? It is no longer planned or checked; its past meetings keep their type.</source>
        <translation>归档“%1”？归档后不再计划和检查此类会议；以往会议仍保留该类型。</translation>
    </message>
    <message>
        <source>Archive meeting type</source>
        <translation>归档会议类型</translation>
    </message>
    <message>
        <source>Pre-filled types</source>
        <translation>预置类型</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Archive...</source>
        <translation>归档...</translation>
    </message>
    <message>
        <source>Add type...</source>
        <translation>新增类型...</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>编辑...</translation>
    </message>
    <message>
        <source>Add back pre-filled types</source>
        <translation>恢复预置类型</translation>
    </message>
    <message>
        <source>Vote rules...</source>
        <translation>表决规则…</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>显示已归档</translation>
    </message>
    <message>
        <source>Pre-filled from party-branch rules as commonly published: branch committee and party group meetings and theme party day monthly; general meeting (valid with more than half of voting members present) and party lecture quarterly; organisation-life meeting yearly. Local rules differ: edit them to match yours.</source>
        <translation>预置内容依据常见的党支部工作制度：支部委员会、党小组会和主题党日每月一次；支部党员大会（应到会有表决权党员过半数方为有效）和党课每季度一次；组织生活会每年一次。各地规定不尽相同，请按本单位实际修改。</translation>
    </message>
    <message>
        <source>Pre-filled meeting types added back: %1; types you edited were left as they are.</source>
        <translation>已恢复 %1 个预置会议类型；您修改过的类型保持不变。</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>New household visit</source>
        <translation>新增入户走访</translation>
    </message>
    <message>
        <source>Edit household visit</source>
        <translation>编辑入户走访</translation>
    </message>
    <message>
        <source>Household *</source>
        <translation>住户 *</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Visitors *</source>
        <translation>走访人 *</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>家庭情况</translation>
    </message>
    <message>
        <source>Difficulty raised</source>
        <translation>反映的困难/诉求</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>帮扶措施</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>办理情况</translation>
    </message>
    <message>
        <source>choose from People, or type e.g. 3-502</source>
        <translation>从人员中选择，或直接填写，如 3-502</translation>
    </message>
    <message>
        <source>Who lives there, how they are</source>
        <translation>家庭成员及生活状况</translation>
    </message>
    <message>
        <source>Leave empty when no difficulty was raised</source>
        <translation>未反映困难/诉求时留空</translation>
    </message>
    <message>
        <source>resolved on</source>
        <translation>解决于</translation>
    </message>
    <message>
        <source>follow up by</source>
        <translation>跟进期限</translation>
    </message>
</context>
<context>
    <name>VoteRulesDialog</name>
    <message>
        <source>Published rule</source>
        <translation>党内法规规定</translation>
    </message>
    <message>
        <source>Office&apos;s own rule</source>
        <translation>本单位自定</translation>
    </message>
    <message>
        <source>Vote rules</source>
        <translation>表决规则</translation>
    </message>
    <message>
        <source>Each kind of decision the party rules name is counted by its own rule, at whatever meeting it is taken. The published rules: a branch decision is valid with more than half of the members entitled to vote present and passes with votes for from more than half of ALL entitled; an election needs more than four fifths present. Change a rule only where your local rules differ; the minutes print the rule each vote was counted by.</source>
        <translation>党内法规规定的各类决定，无论在哪种会议上作出，都按各自的规则计票。法规规定：支部党员大会须有超过半数有表决权的党员到会方可进行表决，赞成人数超过应到会有表决权党员的半数为通过；选举须有超过五分之四有选举权的党员到会。只有本地规定不同时才修改规则；会议记录会写明每项表决所依据的规则。</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Valid with</source>
        <translation>有效条件</translation>
    </message>
    <message>
        <source>Passes with</source>
        <translation>通过条件</translation>
    </message>
    <message>
        <source>Reset to the published rules</source>
        <translation>恢复法规规定的规则</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>VoterRollDialog</name>
    <message>
        <source>Voter roll</source>
        <translation>表决权名册</translation>
    </message>
</context>
</TS>
