<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Appearance</name>
    <message>
        <source>&amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;High Contrast Light</source>
        <translation>高对比度浅色(&amp;H)</translation>
    </message>
    <message>
        <source>High &amp;Contrast Dark</source>
        <translation>高对比度深色(&amp;C)</translation>
    </message>
</context>
<context>
    <name>Articles</name>
    <message>
        <source>Articles (%1)</source>
        <translation>文章 (%1)</translation>
    </message>
    <message>
        <source>Publication Date</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>%1 does not say when it was published. Dates such as “last April” or “on Monday” are read from the date you give here.</source>
        <translation>%1 未注明发布时间。“去年四月”“周一”之类的日期将以您在此处填写的日期为准来解读。</translation>
    </message>
    <message>
        <source>New from Article</source>
        <translation>从文章新建</translation>
    </message>
    <message>
        <source>Drafted %1 event from %2: review it beside the text</source>
        <translation>已从 %2 起草 %1 个事件：请对照原文审阅</translation>
    </message>
    <message>
        <source>Drafted %1 events from %2: review them beside the text</source>
        <translation>已从 %2 起草 %1 个事件：请对照原文审阅</translation>
    </message>
    <message>
        <source>No dated facts found in %1</source>
        <translation>在 %1 中未找到带日期的事实</translation>
    </message>
    <message>
        <source>Cannot draft a timeline</source>
        <translation>无法起草时间线</translation>
    </message>
    <message>
        <source>%1 cannot be read as an article.</source>
        <translation>无法将 %1 作为文章读取。</translation>
    </message>
    <message>
        <source>Drafting a timeline from %1…</source>
        <translation>正在根据 %1 起草时间线…</translation>
    </message>
</context>
<context>
    <name>Canvas</name>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Scroll the lanes</source>
        <translation>滚动泳道</translation>
    </message>
    <message>
        <source>No events. Open a timeline with File ▸ Open, or drop a file here.</source>
        <translation>没有事件。请通过“文件 ▸ 打开”打开时间线，或将文件拖放到此处。</translation>
    </message>
    <message>
        <source>No event selected</source>
        <translation>未选择事件</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>泳道</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>参与方</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Start is approximate</source>
        <translation>开始时间为约数</translation>
    </message>
    <message>
        <source>End is approximate</source>
        <translation>结束时间为约数</translation>
    </message>
    <message>
        <source>Year (date in parts)</source>
        <translation>年（分列日期）</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>End year</source>
        <translation>结束年</translation>
    </message>
    <message>
        <source>End month</source>
        <translation>结束月</translation>
    </message>
    <message>
        <source>End day</source>
        <translation>结束日</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Choose Columns</source>
        <translation>选择列</translation>
    </message>
    <message>
        <source>Which column of %1 holds each part of an event?</source>
        <translation>%1 中的哪一列对应事件的各个部分？</translation>
    </message>
    <message>
        <source>Choose the title.</source>
        <translation>请选择标题所在的列。</translation>
    </message>
    <message>
        <source>Choose the date or the year.</source>
        <translation>请选择日期或年份所在的列。</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>例如 %1</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>spring {year}</source>
        <translation>{year}年春季</translation>
    </message>
    <message>
        <source>summer {year}</source>
        <translation>{year}年夏季</translation>
    </message>
    <message>
        <source>autumn {year}</source>
        <translation>{year}年秋季</translation>
    </message>
    <message>
        <source>winter {year}</source>
        <translation>{year}年冬季</translation>
    </message>
    <message>
        <source>spring {year} (northern hemisphere)</source>
        <translation>{year}年春季（北半球）</translation>
    </message>
    <message>
        <source>summer {year} (northern hemisphere)</source>
        <translation>{year}年夏季（北半球）</translation>
    </message>
    <message>
        <source>autumn {year} (northern hemisphere)</source>
        <translation>{year}年秋季（北半球）</translation>
    </message>
    <message>
        <source>winter {year} (northern hemisphere)</source>
        <translation>{year}年冬季（北半球）</translation>
    </message>
    <message>
        <source>spring {year} (southern hemisphere)</source>
        <translation>{year}年春季（南半球）</translation>
    </message>
    <message>
        <source>summer {year} (southern hemisphere)</source>
        <translation>{year}年夏季（南半球）</translation>
    </message>
    <message>
        <source>autumn {year} (southern hemisphere)</source>
        <translation>{year}年秋季（南半球）</translation>
    </message>
    <message>
        <source>winter {year} (southern hemisphere)</source>
        <translation>{year}年冬季（南半球）</translation>
    </message>
    <message>
        <source>first quarter of {year}</source>
        <translation>{year}年第一季度</translation>
    </message>
    <message>
        <source>second quarter of {year}</source>
        <translation>{year}年第二季度</translation>
    </message>
    <message>
        <source>third quarter of {year}</source>
        <translation>{year}年第三季度</translation>
    </message>
    <message>
        <source>fourth quarter of {year}</source>
        <translation>{year}年第四季度</translation>
    </message>
    <message>
        <source>January to April {year}</source>
        <translation>{year}年1月至4月</translation>
    </message>
    <message>
        <source>May to August {year}</source>
        <translation>{year}年5月至8月</translation>
    </message>
    <message>
        <source>September to December {year}</source>
        <translation>{year}年9月至12月</translation>
    </message>
    <message>
        <source>first half of {year}</source>
        <translation>{year}年上半年</translation>
    </message>
    <message>
        <source>second half of {year}</source>
        <translation>{year}年下半年</translation>
    </message>
    <message>
        <source>{count} billion years ago</source>
        <translation>{years}年前</translation>
    </message>
    <message>
        <source>{count} million years ago</source>
        <translation>{years}年前</translation>
    </message>
    <message>
        <source>{count} thousand years ago</source>
        <translation>{years}年前</translation>
    </message>
    <message>
        <source>the {ordinal} century</source>
        <translation>{number}世纪</translation>
    </message>
    <message>
        <source>the {ordinal} millennium</source>
        <translation>第{number}个千年</translation>
    </message>
    <message>
        <source>year {year}</source>
        <translation>{year}年</translation>
    </message>
    <message>
        <source>{count} years ago</source>
        <translation>{years}年前</translation>
    </message>
    <message>
        <source>the {decade}s</source>
        <translation>{decade}年代</translation>
    </message>
    <message>
        <source>{first} or {last}</source>
        <translation>{first}或{last}</translation>
    </message>
    <message>
        <source>an unknown year BCE</source>
        <translation>公元前某个未知年份</translation>
    </message>
    <message>
        <source>an unknown year</source>
        <translation>某个未知年份</translation>
    </message>
    <message>
        <source>some year in {span}</source>
        <translation>{span}中的某一年</translation>
    </message>
    <message>
        <source>a year matching {pattern}</source>
        <translation>符合 {pattern} 的某一年</translation>
    </message>
    <message>
        <source>that year</source>
        <translation>该</translation>
    </message>
    <message>
        <source>{year}, {rest}</source>
        <translation>{year}，{rest}</translation>
    </message>
    <message>
        <source>some month in {year}</source>
        <translation>{year}年的某个月</translation>
    </message>
    <message>
        <source>{months} {year}</source>
        <translation>{year}年{months}</translation>
    </message>
    <message>
        <source>some day {year}</source>
        <translation>{year}年的某一天</translation>
    </message>
    <message>
        <source>some day in {month} {year}</source>
        <translation>{year}年{month}的某一天</translation>
    </message>
    <message>
        <source>{days} {month} {year}</source>
        <translation>{year}年{month_number}月{days}日</translation>
    </message>
    <message>
        <source>the {ordinal} of some month in {year}</source>
        <translation>{year}年某月{number}日</translation>
    </message>
    <message>
        <source>day {days} of some month in {year}</source>
        <translation>{year}年某月的第{days}日</translation>
    </message>
    <message>
        <source>the {ordinal} of {month} in {year}</source>
        <translation>{year}年{month}的{number}日</translation>
    </message>
    <message>
        <source>day {days} of {month} in {year}</source>
        <translation>{year}年{month}的第{days}日</translation>
    </message>
    <message>
        <source>some month</source>
        <translation>某个月</translation>
    </message>
    <message>
        <source>some day</source>
        <translation>某一天</translation>
    </message>
    <message>
        <source>some day in {month}</source>
        <translation>{month}的某一天</translation>
    </message>
    <message>
        <source>{days} {month}</source>
        <translation>{month_number}月{days}日</translation>
    </message>
    <message>
        <source>the {ordinal} of some month</source>
        <translation>某月{number}日</translation>
    </message>
    <message>
        <source>day {days} of some month</source>
        <translation>某月的第{days}日</translation>
    </message>
    <message>
        <source>the {ordinal} of {month}</source>
        <translation>{month}的{number}日</translation>
    </message>
    <message>
        <source>day {days} of {month}</source>
        <translation>{month}的第{days}日</translation>
    </message>
    <message>
        <source>{parts} approximate</source>
        <translation>{parts}为近似值</translation>
    </message>
    <message>
        <source>{parts} uncertain</source>
        <translation>{parts}不确定</translation>
    </message>
    <message>
        <source>{parts} uncertain and approximate</source>
        <translation>{parts}不确定且为近似值</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>part of the year</source>
        <translation>年内时段</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first}和{last}</translation>
    </message>
    <message>
        <source>a year between {first} and {last}, estimated {estimate}</source>
        <translation>{first}至{last}之间的某一年，估计为{estimate}</translation>
    </message>
    <message>
        <source>{date} ({qualifiers})</source>
        <translation>{date}（{qualifiers}）</translation>
    </message>
    <message>
        <source>about {date}</source>
        <translation>约{date}</translation>
    </message>
    <message>
        <source>{date} (uncertain)</source>
        <translation>{date}（不确定）</translation>
    </message>
    <message>
        <source>{date} and earlier</source>
        <translation>{date}及更早</translation>
    </message>
    <message>
        <source>{date} or earlier</source>
        <translation>{date}或更早</translation>
    </message>
    <message>
        <source>{date} and later</source>
        <translation>{date}及更晚</translation>
    </message>
    <message>
        <source>{date} or later</source>
        <translation>{date}或更晚</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>all of {dates}</source>
        <translation>全部：{dates}</translation>
    </message>
    <message>
        <source>one of {dates}</source>
        <translation>其中之一：{dates}</translation>
    </message>
    <message>
        <source>until {date}</source>
        <translation>至{date}</translation>
    </message>
    <message>
        <source>from {date} onwards</source>
        <translation>{date}起</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation>{year}年{month_number}月</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{year}年{month_number}月{day}日</translation>
    </message>
    <message>
        <source>{weekday} {day} {month} {year}</source>
        <translation>{year}年{month_number}月{day}日 {weekday}</translation>
    </message>
    <message>
        <source>{day} {month}</source>
        <translation>{month_number}月{day}日</translation>
    </message>
    <message>
        <source>{year} BCE</source>
        <translation>公元前{year}</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <source>Event details</source>
        <translation>事件详情</translation>
    </message>
</context>
<context>
    <name>Details</name>
    <message>
        <source>Draft: made from the article, not yet accepted. Accept or reject it beside the text.</source>
        <translation>草稿：由文章生成，尚未接受。请对照原文接受或拒绝。</translation>
    </message>
    <message>
        <source>Click an event on the timeline, or press &lt;b&gt;{next}&lt;/b&gt; to walk through the events in date order.</source>
        <translation>单击时间线上的事件，或按 &lt;b&gt;{next}&lt;/b&gt; 按日期顺序逐个浏览事件。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{zoom_in}&lt;/b&gt;/&lt;b&gt;{zoom_out}&lt;/b&gt; or the mouse wheel zoom, &lt;b&gt;{fit}&lt;/b&gt; fits everything.</source>
        <translation>&lt;b&gt;{zoom_in}&lt;/b&gt;/&lt;b&gt;{zoom_out}&lt;/b&gt; 或鼠标滚轮可缩放，&lt;b&gt;{fit}&lt;/b&gt; 显示全部。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{new_event}&lt;/b&gt; adds an event where the pointer is; &lt;b&gt;{edit}&lt;/b&gt; edits the selected one.</source>
        <translation>&lt;b&gt;{new_event}&lt;/b&gt; 在指针处添加事件；&lt;b&gt;{edit}&lt;/b&gt; 编辑所选事件。</translation>
    </message>
    <message>
        <source>%1 event</source>
        <translation>%1 个事件</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 个事件</translation>
    </message>
    <message>
        <source>%1 in %2 lane</source>
        <translation>%1，分布在 %2 条泳道中</translation>
    </message>
    <message>
        <source>%1 in %2 lanes</source>
        <translation>%1，分布在 %2 条泳道中</translation>
    </message>
    <message>
        <source>%1; from %2</source>
        <translation>%1；来源：%2</translation>
    </message>
    <message>
        <source>%1. No event selected.</source>
        <translation>%1。未选择事件。</translation>
    </message>
    <message>
        <source>%1 more character</source>
        <translation>另有 %1 个字符</translation>
    </message>
    <message>
        <source>%1 more characters</source>
        <translation>另有 %1 个字符</translation>
    </message>
    <message>
        <source>≈ %1 at the file&apos;s rate (%2)</source>
        <translation>≈ %1（按文件所给汇率 %2）</translation>
    </message>
    <message>
        <source>Lane:</source>
        <translation>泳道：</translation>
    </message>
    <message>
        <source>Actors:</source>
        <translation>参与方：</translation>
    </message>
    <message>
        <source>Amounts</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Linked events</source>
        <translation>关联事件</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>约 %1</translation>
    </message>
    <message>
        <source>(stake: %1%)</source>
        <translation>（持股 %1%）</translation>
    </message>
    <message>
        <source>, via </source>
        <translation>，转引自 </translation>
    </message>
</context>
<context>
    <name>EditCommands</name>
    <message>
        <source>Delete event</source>
        <translation>删除事件</translation>
    </message>
    <message>
        <source>%1 other event links to “%2”.</source>
        <translation>有 %1 个其他事件链接到“%2”。</translation>
    </message>
    <message>
        <source>%1 other events link to “%2”.</source>
        <translation>有 %1 个其他事件链接到“%2”。</translation>
    </message>
    <message>
        <source>Delete it and remove those links? (Undo brings both back.)</source>
        <translation>删除该事件并移除这些链接吗？（撤销可同时恢复两者。）</translation>
    </message>
    <message>
        <source>Delete and Remove Links</source>
        <translation>删除并移除链接</translation>
    </message>
    <message>
        <source>Change refused</source>
        <translation>更改被拒绝</translation>
    </message>
    <message>
        <source>The timeline would not be valid; nothing was changed.</source>
        <translation>时间线将变得无效；未作任何更改。</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>New event</source>
        <translation>新事件</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;</source>
        <translation>%1“%2”</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>移动</translation>
    </message>
    <message>
        <source>Resize</source>
        <translation>调整时长</translation>
    </message>
    <message>
        <source>New Event</source>
        <translation>新建事件</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete %1 Events</source>
        <translation>删除 %1 个事件</translation>
    </message>
</context>
<context>
    <name>EventForm</name>
    <message>
        <source>(no lane)</source>
        <translation>（无泳道）</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>媒体</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>引文</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>网址</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <source>For</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Event id</source>
        <translation>事件 ID</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Amounts</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>链接</translation>
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
        <source>Add to %1</source>
        <translation>添加到%1</translation>
    </message>
    <message>
        <source>Remove from %1</source>
        <translation>从%1中移除</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>编辑事件</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Date (EDTF)</source>
        <translation>日期(&amp;D)（EDTF）</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>状态(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Lane</source>
        <translation>泳道(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Actors</source>
        <translation>参与方(&amp;A)</translation>
    </message>
    <message>
        <source>Volkswagen; Xpeng</source>
        <translation>大众; 小鹏</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>标签(&amp;G)</translation>
    </message>
    <message>
        <source>investment; electrification</source>
        <translation>投资; 电动化</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>摘要(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Id</source>
        <translation>ID(&amp;I)</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Reads as: %1</source>
        <translation>解读为：%1</translation>
    </message>
</context>
<context>
    <name>EventList</name>
    <message>
        <source>Draft · </source>
        <translation>草稿 · </translation>
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
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>泳道</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>参与方</translation>
    </message>
    <message>
        <source>Event list</source>
        <translation>事件列表</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>PNG image</source>
        <translation>PNG 图像</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>SVG 矢量图</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <source>%1: unknown image format &apos;%2&apos; (use %3)</source>
        <translation>%1：未知的图像格式“%2”（请使用 %3）</translation>
    </message>
    <message>
        <source>%1: an image of %2x%3 is too big to make</source>
        <translation>%1：%2×%3 的图像过大，无法生成</translation>
    </message>
    <message>
        <source>%1: the PNG image could not be encoded</source>
        <translation>%1：无法编码 PNG 图像</translation>
    </message>
    <message>
        <source>%1: the image could not be started</source>
        <translation>%1：无法开始绘制图像</translation>
    </message>
    <message>
        <source>%1: the image could not be finished</source>
        <translation>%1：无法完成图像</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>All timelines (%1)</source>
        <translation>所有时间线 (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Open Timeline</source>
        <translation>打开时间线</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>Reloading %1…</source>
        <translation>正在重新加载 %1…</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>无法恢复</translation>
    </message>
    <message>
        <source>The recovery copy cannot be read.</source>
        <translation>无法读取恢复副本。</translation>
    </message>
    <message>
        <source>This timeline</source>
        <translation>此时间线</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved.</source>
        <translation>%1 有尚未保存的更改。</translation>
    </message>
    <message>
        <source>Reloading shows the file as it is on disk.</source>
        <translation>重新加载将显示磁盘上的文件内容。</translation>
    </message>
    <message>
        <source>Save them before going on?</source>
        <translation>继续之前要保存吗？</translation>
    </message>
    <message>
        <source>Save Timeline As</source>
        <translation>时间线另存为</translation>
    </message>
    <message>
        <source>The timeline was not saved; the edits are kept. %1</source>
        <translation>时间线未保存；编辑内容仍保留。%1</translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation>保存失败</translation>
    </message>
    <message>
        <source>Saved a copy as %1: %2</source>
        <translation>已另存副本为 %1：%2</translation>
    </message>
    <message>
        <source>%1 events this format cannot hold were left out</source>
        <translation>有 %1 个事件因此格式无法容纳而被略去</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Reload and discard my changes</source>
        <translation>重新加载并放弃我的更改</translation>
    </message>
    <message>
        <source>Keep my changes</source>
        <translation>保留我的更改</translation>
    </message>
    <message>
        <source>%1 changed on disk; your unsaved changes are still shown.</source>
        <translation>%1 已在磁盘上被修改；仍显示您未保存的更改。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>正在加载</translation>
    </message>
    <message>
        <source>(and %1 more)</source>
        <translation>（另有 %1 处）</translation>
    </message>
    <message>
        <source>%1 has problems; showing the last good version. %2</source>
        <translation>%1 存在问题；显示上一个正常版本。%2</translation>
    </message>
    <message>
        <source>Cannot open timeline</source>
        <translation>无法打开时间线</translation>
    </message>
    <message>
        <source>Cannot open %1.</source>
        <translation>无法打开 %1。</translation>
    </message>
    <message>
        <source>%1 was deleted or renamed; still showing what was loaded.</source>
        <translation>%1 已被删除或重命名；仍显示已加载的内容。</translation>
    </message>
</context>
<context>
    <name>Filter</name>
    <message>
        <source>No filter</source>
        <translation>无筛选</translation>
    </message>
    <message>
        <source>no lane</source>
        <translation>无泳道</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>泳道</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>参与方</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Running on %1</source>
        <translation>于 %1 进行中</translation>
    </message>
    <message>
        <source>Starting on %1</source>
        <translation>始于 %1</translation>
    </message>
    <message>
        <source>Starting %1 to %2</source>
        <translation>始于 %1 至 %2</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>Timeline JSON</source>
        <translation>时间线 JSON</translation>
    </message>
    <message>
        <source>TimelineJS JSON</source>
        <translation>TimelineJS JSON</translation>
    </message>
    <message>
        <source>CSV spreadsheet</source>
        <translation>CSV 表格</translation>
    </message>
    <message>
        <source>TimelineJS Google Sheets CSV</source>
        <translation>TimelineJS Google 表格 CSV</translation>
    </message>
    <message>
        <source>iCalendar</source>
        <translation>iCalendar 日历</translation>
    </message>
    <message>
        <source>Spreadsheet</source>
        <translation>电子表格</translation>
    </message>
    <message>
        <source>Markwhen</source>
        <translation>Markwhen</translation>
    </message>
    <message>
        <source>The Timeline Project</source>
        <translation>The Timeline Project</translation>
    </message>
</context>
<context>
    <name>Images</name>
    <message>
        <source>Load image</source>
        <translation>加载图片</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <source>⚠ %1 cannot be shown: %2</source>
        <translation>⚠ 无法显示 %1：%2</translation>
    </message>
    <message>
        <source>(loaded only when you ask)</source>
        <translation>（仅在您要求时加载）</translation>
    </message>
    <message>
        <source>Web image: %1</source>
        <translation>网络图片：%1</translation>
    </message>
    <message>
        <source>%1 is a web address, not a file</source>
        <translation>%1 是网址，不是文件</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 leads outside the timeline&apos;s folder (through a link)</source>
        <translation>%1 通过链接指向时间线文件夹之外</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>它是文件夹，不是文件</translation>
    </message>
    <message>
        <source>it is a named pipe (FIFO), not a file</source>
        <translation>它是命名管道（FIFO），不是文件</translation>
    </message>
    <message>
        <source>it is a socket, not a file</source>
        <translation>它是套接字，不是文件</translation>
    </message>
    <message>
        <source>it is a device, not a file</source>
        <translation>它是设备，不是文件</translation>
    </message>
    <message>
        <source>it is a block device, not a file</source>
        <translation>它是块设备，不是文件</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>它不是普通文件</translation>
    </message>
    <message>
        <source>it is %1, more than the %2 read</source>
        <translation>文件大小为 %1，超过了读取上限 %2</translation>
    </message>
    <message>
        <source>it is more than the %1 read</source>
        <translation>文件超过了读取上限 %1</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>permission denied: the file cannot be read</source>
        <translation>权限被拒绝：无法读取该文件</translation>
    </message>
    <message>
        <source>it cannot be read: %1</source>
        <translation>无法读取该文件：%1</translation>
    </message>
    <message>
        <source>it is not an image this app can read</source>
        <translation>它不是本应用能读取的图片</translation>
    </message>
    <message>
        <source>it is not an image this app can read (%1)</source>
        <translation>它不是本应用能读取的图片（%1）</translation>
    </message>
    <message>
        <source>it is %1 × %2 pixels, more than the %3 million shown</source>
        <translation>图片为 %1 × %2 像素，超过了 %3 百万像素的显示上限</translation>
    </message>
    <message>
        <source>it could not be decoded</source>
        <translation>无法解码该图片</translation>
    </message>
    <message>
        <source>it could not be decoded (%1)</source>
        <translation>无法解码该图片（%1）</translation>
    </message>
    <message>
        <source>it could not be decoded: %1</source>
        <translation>无法解码该图片：%1</translation>
    </message>
    <message>
        <source>it is more than the %1 loaded</source>
        <translation>图片超过了加载上限 %1</translation>
    </message>
    <message>
        <source>it took longer than %1 s to arrive</source>
        <translation>超过 %1 秒仍未收到</translation>
    </message>
    <message>
        <source>it could not be loaded: %1</source>
        <translation>无法加载：%1</translation>
    </message>
    <message>
        <source>it is a file beside a timeline that is not saved yet: save the timeline first</source>
        <translation>它是尚未保存的时间线旁的文件：请先保存时间线</translation>
    </message>
    <message>
        <source>the decoder process stopped answering</source>
        <translation>解码进程停止了响应</translation>
    </message>
    <message>
        <source>the decoder process was stopped by signal %1 (killed, perhaps for lack of memory)</source>
        <translation>解码进程被信号 %1 终止（被强制结束，可能是内存不足）</translation>
    </message>
    <message>
        <source>the decoder process was stopped by signal %1</source>
        <translation>解码进程被信号 %1 终止</translation>
    </message>
    <message>
        <source>the decoder process ended with exit code %1</source>
        <translation>解码进程以退出码 %1 结束</translation>
    </message>
    <message>
        <source>it took longer than %1 s to decode</source>
        <translation>解码耗时超过 %1 秒</translation>
    </message>
    <message>
        <source>it could not be decoded: no decoder process could start (%1)</source>
        <translation>无法解码该图片：解码进程无法启动（%1）</translation>
    </message>
    <message>
        <source>it could not be decoded in the %1 of memory a picture may use</source>
        <translation>无法在单张图片可用的 %1 内存中完成解码</translation>
    </message>
    <message>
        <source>it is too big</source>
        <translation>它太大了</translation>
    </message>
</context>
<context>
    <name>Lanes</name>
    <message>
        <source>%1 longer events run through this view  ·  click to list them</source>
        <translation>有 %1 个较长事件贯穿此视图  ·  单击以列出</translation>
    </message>
    <message>
        <source>%1 events in view, click to show them</source>
        <translation>视图中有 %1 个事件，单击以显示</translation>
    </message>
    <message>
        <source>%1 events start here  ·  click a bar to list its events, or zoom in</source>
        <translation>有 %1 个事件从此处开始  ·  单击柱条以列出其事件，或放大查看</translation>
    </message>
    <message>
        <source>%1 more not shown, zoom in</source>
        <translation>另有 %1 个未显示，请放大</translation>
    </message>
</context>
<context>
    <name>LanesDialog</name>
    <message>
        <source>New lane</source>
        <translation>新泳道</translation>
    </message>
    <message>
        <source>Keep them without a lane</source>
        <translation>保留它们，不归入泳道</translation>
    </message>
    <message>
        <source>Delete them</source>
        <translation>删除它们</translation>
    </message>
    <message>
        <source>Move them to “%1”</source>
        <translation>移到“%1”</translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation>泳道</translation>
    </message>
    <message>
        <source>Lanes, in order; drag to reorder, double-click to rename</source>
        <translation>按顺序排列的泳道；拖动可重新排序，双击可重命名</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>重命名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>颜色(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>移除(&amp;R)…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation>%1 的颜色</translation>
    </message>
    <message>
        <source>“%1” holds %2 event. What becomes of it?</source>
        <translation>“%1”包含 %2 个事件。如何处理它？</translation>
    </message>
    <message>
        <source>“%1” holds %2 events. What becomes of them?</source>
        <translation>“%1”包含 %2 个事件。如何处理它们？</translation>
    </message>
    <message>
        <source>Remove lane</source>
        <translation>移除泳道</translation>
    </message>
    <message>
        <source>Edit Lanes</source>
        <translation>编辑泳道</translation>
    </message>
    <message>
        <source>These lanes cannot be applied.</source>
        <translation>无法应用这些泳道。</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Month or coarser</source>
        <translation>月或更粗</translation>
    </message>
    <message>
        <source>Approximate</source>
        <translation>约数</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
</context>
<context>
    <name>LinkKinds</name>
    <message>
        <source>Denies</source>
        <translation>否认</translation>
    </message>
    <message>
        <source>Denied by</source>
        <translation>被否认于</translation>
    </message>
    <message>
        <source>Confirms</source>
        <translation>证实</translation>
    </message>
    <message>
        <source>Confirmed by</source>
        <translation>被证实于</translation>
    </message>
    <message>
        <source>Follows</source>
        <translation>接续</translation>
    </message>
    <message>
        <source>Followed by</source>
        <translation>后续为</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>属于</translation>
    </message>
    <message>
        <source>Includes</source>
        <translation>包含</translation>
    </message>
    <message>
        <source>Causes</source>
        <translation>导致</translation>
    </message>
    <message>
        <source>Caused by</source>
        <translation>起因于</translation>
    </message>
    <message>
        <source>Responds to</source>
        <translation>回应</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>被回应于</translation>
    </message>
    <message>
        <source>Supersedes</source>
        <translation>取代</translation>
    </message>
    <message>
        <source>Superseded by</source>
        <translation>被取代于</translation>
    </message>
    <message>
        <source>Related to</source>
        <translation>相关</translation>
    </message>
</context>
<context>
    <name>Links</name>
    <message>
        <source>%1 links</source>
        <translation>%1 条链接</translation>
    </message>
    <message>
        <source>this timeline</source>
        <translation>此时间线</translation>
    </message>
    <message>
        <source>--select: %1 has no event with the id %2</source>
        <translation>--select：%1 中没有 ID 为 %2 的事件</translation>
    </message>
    <message>
        <source>--view %1 lies outside %2; showing all of it</source>
        <translation>--view %1 超出了 %2 的范围；显示全部内容</translation>
    </message>
    <message>
        <source>--view %1 lies outside %2 (it runs from %3 to %4); showing all of it</source>
        <translation>--view %1 超出了 %2 的范围（其范围为 %3 至 %4）；显示全部内容</translation>
    </message>
    <message>
        <source>%1 is not a %2: link</source>
        <translation>%1 不是 %2: 链接</translation>
    </message>
    <message>
        <source>%1: unknown parameter %2 (a link takes %3 and %4)</source>
        <translation>%1：未知参数 %2（链接只接受 %3 和 %4）</translation>
    </message>
    <message>
        <source>%1: %2 is given twice</source>
        <translation>%1：%2 重复给出</translation>
    </message>
    <message>
        <source>%1: %2 is empty</source>
        <translation>%1：%2 为空</translation>
    </message>
    <message>
        <source>%1 selects both %2 and %3</source>
        <translation>%1 同时选择了 %2 和 %3</translation>
    </message>
    <message>
        <source>%1 names the machine %2; a link opens only files on this one</source>
        <translation>%1 指向计算机 %2；链接只能打开本机上的文件</translation>
    </message>
    <message>
        <source>%1 names no absolute file path (as in %2:///home/ann/story.json)</source>
        <translation>%1 没有给出绝对文件路径（例如 %2:///home/ann/story.json）</translation>
    </message>
    <message>
        <source>--view %1: %2</source>
        <translation>--view %1：%2</translation>
    </message>
    <message>
        <source>--view %1: both ends are open; give at least one date</source>
        <translation>--view %1：两端都是开放的；请至少给出一个日期</translation>
    </message>
</context>
<context>
    <name>Loader</name>
    <message>
        <source>publication date: %1</source>
        <translation>发布日期：%1</translation>
    </message>
    <message>
        <source>the article does not say when it was published: give the date (--published YYYY-MM-DD)</source>
        <translation>文章未注明发布日期：请提供日期（--published YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>is %1, more than an article (%2 at most)</source>
        <translation>大小为 %1，超出文章的上限（最多 %2）</translation>
    </message>
    <message>
        <source>not valid %1 text</source>
        <translation>不是有效的 %1 文本</translation>
    </message>
    <message>
        <source>no article text found in this web page</source>
        <translation>此网页中未找到文章正文</translation>
    </message>
    <message>
        <source>%1 is not an EDTF date (expected forms like 2023, 2023-04, 2023-04-26, 2024-41, 2010/2017)</source>
        <translation>%1 不是 EDTF 日期（应为 2023、2023-04、2023-04-26、2024-41、2010/2017 等形式）</translation>
    </message>
    <message>
        <source>month %1 does not exist</source>
        <translation>不存在第 %1 月</translation>
    </message>
    <message>
        <source>years beyond ±%1 are not supported</source>
        <translation>不支持超出 ±%1 的年份</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 为空</translation>
    </message>
    <message>
        <source>%1 is not a valid interval: at least one end must be a date</source>
        <translation>%1 不是有效的区间：至少有一端必须是日期</translation>
    </message>
    <message>
        <source>%1: the interval ends before it starts (%2 begins before %3)</source>
        <translation>%1：区间在开始之前就结束了（%2 早于 %3）</translation>
    </message>
    <message>
        <source>%1 is not a valid set: it opens with %2, so it must end with %3</source>
        <translation>%1 不是有效的集合：它以 %2 开头，因此必须以 %3 结尾</translation>
    </message>
    <message>
        <source>%1 is an empty set: list at least one date</source>
        <translation>%1 是空集合：请至少列出一个日期</translation>
    </message>
    <message>
        <source>%1 is not a valid set: member %2 is empty</source>
        <translation>%1 不是有效的集合：第 %2 个成员为空</translation>
    </message>
    <message>
        <source>%1: only the first member can start with &apos;..&apos; (its date or an earlier one)</source>
        <translation>%1：只有第一个成员可以以 &apos;..&apos; 开头（表示该日期或更早的日期）</translation>
    </message>
    <message>
        <source>%1: only the last member can end with &apos;..&apos; (its date or a later one)</source>
        <translation>%1：只有最后一个成员可以以 &apos;..&apos; 结尾（表示该日期或更晚的日期）</translation>
    </message>
    <message>
        <source>%1 is not an EDTF date: write intervals with &apos;/&apos;, as in 2010/2017</source>
        <translation>%1 不是 EDTF 日期：区间请用 &apos;/&apos; 表示，例如 2010/2017</translation>
    </message>
    <message>
        <source>%1 is not an EDTF date: it holds %2 (%3), not part of a date; type %4 instead</source>
        <translation>%1 不是 EDTF 日期：其中含有 %2（%3），它不属于日期；请改为输入 %4</translation>
    </message>
    <message>
        <source>%1 is not an EDTF date: it holds %2 (%3), not part of a date</source>
        <translation>%1 不是 EDTF 日期：其中含有 %2（%3），它不属于日期</translation>
    </message>
    <message>
        <source>%1 is not an EDTF date: %2 (character %3) has no place in a date; write %4</source>
        <translation>%1 不是 EDTF 日期：%2（第 %3 个字符）不应出现在日期中；请写成 %4</translation>
    </message>
    <message>
        <source>%1 is not an EDTF date: %2 (character %3) has no place in a date</source>
        <translation>%1 不是 EDTF 日期：%2（第 %3 个字符）不应出现在日期中</translation>
    </message>
    <message>
        <source>%1 is not a valid date: %2</source>
        <translation>%1 不是有效的日期：%2</translation>
    </message>
    <message>
        <source>%1 has more than one qualifier: use % for uncertain and approximate</source>
        <translation>%1 有多个限定符：同时表示不确定和近似时请用 %</translation>
    </message>
    <message>
        <source>a date-time takes one qualifier, after the whole of it</source>
        <translation>日期时间只能带一个限定符，且须放在整体之后</translation>
    </message>
    <message>
        <source>there is no year -0000 (write 0000 for 1 BCE)</source>
        <translation>不存在 -0000 年（公元前 1 年请写作 0000）</translation>
    </message>
    <message>
        <source>a time needs a complete date</source>
        <translation>时间需要完整的日期</translation>
    </message>
    <message>
        <source>day 0 does not exist</source>
        <translation>不存在第 0 日</translation>
    </message>
    <message>
        <source>%1 %2 has %3 days</source>
        <translation>%2年%1只有 %3 天</translation>
    </message>
    <message>
        <source>%1 does not exist (use H1, H2 or Q1 to Q4)</source>
        <translation>不存在 %1（请使用 H1、H2 或 Q1 至 Q4）</translation>
    </message>
    <message>
        <source>hour 24 is only allowed as 24:00:00, the end of the day</source>
        <translation>24 时只能写作 24:00:00，表示一天的结束</translation>
    </message>
    <message>
        <source>hour %1 does not exist</source>
        <translation>不存在 %1 时</translation>
    </message>
    <message>
        <source>minute %1 does not exist</source>
        <translation>不存在第 %1 分钟</translation>
    </message>
    <message>
        <source>second %1 does not exist (leap seconds are not supported)</source>
        <translation>不存在第 %1 秒（不支持闰秒）</translation>
    </message>
    <message>
        <source>minute %1 of the time zone offset does not exist</source>
        <translation>时区偏移中的第 %1 分钟不存在</translation>
    </message>
    <message>
        <source>time zone offset %1 is out of range (at most ±14:00)</source>
        <translation>时区偏移 %1 超出范围（最多 ±14:00）</translation>
    </message>
    <message>
        <source>time zone offset %1 does not exist (write Z or +00:00 for UTC)</source>
        <translation>不存在时区偏移 %1（UTC 请写作 Z 或 +00:00）</translation>
    </message>
    <message>
        <source>a Y year must not start with 0</source>
        <translation>Y 年份不能以 0 开头</translation>
    </message>
    <message>
        <source>a Y year needs more than 4 digits (write %1 instead)</source>
        <translation>Y 年份须多于 4 位数字（请改写为 %1）</translation>
    </message>
    <message>
        <source>the exponent after E must not start with 0</source>
        <translation>E 之后的指数不能以 0 开头</translation>
    </message>
    <message>
        <source>S0 leaves no significant digit (write S1 or more)</source>
        <translation>S0 不保留任何有效数字（请写 S1 或更大）</translation>
    </message>
    <message>
        <source>there is no year -%1 (write %1 for the years from 0 on)</source>
        <translation>不存在 -%1 年（从 0 年起的年份请写作 %1）</translation>
    </message>
    <message>
        <source>no month matches %1</source>
        <translation>没有与 %1 相符的月份</translation>
    </message>
    <message>
        <source>no day matches %1</source>
        <translation>没有与 %1 相符的日</translation>
    </message>
    <message>
        <source>no year matching %1 has a 29 February</source>
        <translation>与 %1 相符的年份中没有 2 月 29 日</translation>
    </message>
    <message>
        <source>%1 has no day %2</source>
        <translation>%1没有第 %2 日</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1或%2</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>must name a host after http(s)://</source>
        <translation>http(s):// 之后必须写明主机名</translation>
    </message>
    <message>
        <source>must be an http(s) address or a path relative to the timeline file</source>
        <translation>必须是 http(s) 地址或相对于时间线文件的路径</translation>
    </message>
    <message>
        <source>must be relative to the timeline file, not an absolute path</source>
        <translation>必须是相对于时间线文件的路径，而不是绝对路径</translation>
    </message>
    <message>
        <source>must stay in the timeline&apos;s folder (no &apos;..&apos;)</source>
        <translation>必须位于时间线所在的文件夹内（不能含 &apos;..&apos;）</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>必须是有限数</translation>
    </message>
    <message>
        <source>end (%1) must be after start (%2)</source>
        <translation>结束位置（%1）必须在开始位置（%2）之后</translation>
    </message>
    <message>
        <source>links to %1, which would be deleted</source>
        <translation>链接到 %1，而它将被删除</translation>
    </message>
    <message>
        <source>links to an event that would be deleted</source>
        <translation>链接到一个将被删除的事件</translation>
    </message>
    <message>
        <source>events are in lane %1</source>
        <translation>泳道 %1 中仍有事件</translation>
    </message>
    <message>
        <source>there is not enough memory to load this file</source>
        <translation>内存不足，无法加载此文件</translation>
    </message>
    <message>
        <source>%1: %2 problem</source>
        <translation>%1：%2 个问题</translation>
    </message>
    <message>
        <source>%1: %2 problems</source>
        <translation>%1：%2 个问题</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>……另有 %1 个</translation>
    </message>
    <message>
        <source>an unexpected error stopped the load (%1)</source>
        <translation>意外错误中止了加载（%1）</translation>
    </message>
    <message>
        <source>is a folder, not a timeline file</source>
        <translation>是文件夹，不是时间线文件</translation>
    </message>
    <message>
        <source>is a named pipe (FIFO), not a timeline file</source>
        <translation>是命名管道（FIFO），不是时间线文件</translation>
    </message>
    <message>
        <source>is a socket, not a timeline file</source>
        <translation>是套接字，不是时间线文件</translation>
    </message>
    <message>
        <source>is a device, not a timeline file</source>
        <translation>是设备，不是时间线文件</translation>
    </message>
    <message>
        <source>is a block device, not a timeline file</source>
        <translation>是块设备，不是时间线文件</translation>
    </message>
    <message>
        <source>is not a regular file, not a timeline file</source>
        <translation>不是普通文件，也不是时间线文件</translation>
    </message>
    <message>
        <source>the file is %1: loading it needs about %2 of memory and this machine has %3</source>
        <translation>文件大小为 %1：加载它约需 %2 内存，而本机只有 %3</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>permission denied: the file cannot be read</source>
        <translation>权限被拒绝：无法读取该文件</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>unknown format %1</source>
        <translation>未知格式 %1</translation>
    </message>
    <message>
        <source>a column mapping is for spreadsheets and CSV files, not %1</source>
        <translation>列映射适用于电子表格和 CSV 文件，不适用于%1</translation>
    </message>
    <message>
        <source>%1: not a field (the fields: %2)</source>
        <translation>%1：不是字段（可用字段：%2）</translation>
    </message>
    <message>
        <source>no column %1 in the sheet (its columns: %2)</source>
        <translation>表中没有列 %1（现有列：%2）</translation>
    </message>
    <message>
        <source>no column is mapped to the title</source>
        <translation>没有列映射到标题</translation>
    </message>
    <message>
        <source>no column is mapped to the date or the year</source>
        <translation>没有列映射到日期或年份</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>write a JSON object of fields and column headers, as {&quot;date&quot;: &quot;Start Date&quot;}</source>
        <translation>请写一个由字段和列标题组成的 JSON 对象，例如 {&quot;date&quot;: &quot;Start Date&quot;}</translation>
    </message>
    <message>
        <source>%1 is not a link: write its type and the target&apos;s id, as &quot;denies x&quot;</source>
        <translation>%1 不是链接：请写出其类型和目标的 ID，例如 &quot;denies x&quot;</translation>
    </message>
    <message>
        <source>not valid JSON (%1); write %2</source>
        <translation>不是有效的 JSON（%1）；请写%2</translation>
    </message>
    <message>
        <source>write %1</source>
        <translation>请写%1</translation>
    </message>
    <message>
        <source>%1 is not a kind of row (%2, or empty for an event)</source>
        <translation>%1 不是行类型（应为 %2，事件则留空）</translation>
    </message>
    <message>
        <source>a JSON list of amounts</source>
        <translation>金额的 JSON 列表</translation>
    </message>
    <message>
        <source>a JSON list of metrics</source>
        <translation>指标的 JSON 列表</translation>
    </message>
    <message>
        <source>a JSON list of images</source>
        <translation>图片的 JSON 列表</translation>
    </message>
    <message>
        <source>a second timeline row (the timeline is on row %1)</source>
        <translation>第二个时间线行（时间线已在第 %1 行）</translation>
    </message>
    <message>
        <source>the source as a JSON object ({&quot;publisher&quot;: …})</source>
        <translation>以 JSON 对象表示的来源（{&quot;publisher&quot;: …}）</translation>
    </message>
    <message>
        <source>the exchange rates as a JSON list</source>
        <translation>以 JSON 列表表示的汇率</translation>
    </message>
    <message>
        <source>a lane row needs the lane&apos;s id</source>
        <translation>泳道行需要泳道的 ID</translation>
    </message>
    <message>
        <source>%1 is already the lane of row %2</source>
        <translation>%1 已是第 %2 行的泳道</translation>
    </message>
    <message>
        <source>a quote (&quot;) opened on line %1 is never closed</source>
        <translation>第 %1 行开始的引号（&quot;）没有闭合</translation>
    </message>
    <message>
        <source>not valid CSV: %1</source>
        <translation>不是有效的 CSV：%1</translation>
    </message>
    <message>
        <source>not valid %1 text; save the spreadsheet as CSV UTF-8</source>
        <translation>不是有效的 %1 文本；请将表格另存为 CSV UTF-8</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>the column %1 is missing</source>
        <translation>缺少列 %1</translation>
    </message>
    <message>
        <source>the columns %1 are missing</source>
        <translation>缺少列 %1</translation>
    </message>
    <message>
        <source>has cells beyond the %1 named columns</source>
        <translation>有超出 %1 个已命名列的单元格</translation>
    </message>
    <message>
        <source>a second title row (the title is on row %1)</source>
        <translation>第二个标题行（标题已在第 %1 行）</translation>
    </message>
    <message>
        <source>%1 is not a type (title, era, or empty for an event)</source>
        <translation>%1 不是类型（应为 title、era，事件则留空）</translation>
    </message>
    <message>
        <source>an event needs a year</source>
        <translation>事件需要年份</translation>
    </message>
    <message>
        <source>an end date needs a year</source>
        <translation>结束日期需要年份</translation>
    </message>
    <message>
        <source>%1 is not a time (write it as 14:30 or 2:30 PM)</source>
        <translation>%1 不是时间（请写作 14:30 或 2:30 PM）</translation>
    </message>
    <message>
        <source>%1 is not a time: hours go from 1 to 12 with AM and PM</source>
        <translation>%1 不是时间：使用 AM 和 PM 时小时为 1 至 12</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>必须是 JSON 对象</translation>
    </message>
    <message>
        <source>not an iCalendar file: %1</source>
        <translation>不是 iCalendar 文件：%1</translation>
    </message>
    <message>
        <source>not an iCalendar file: no VCALENDAR</source>
        <translation>不是 iCalendar 文件：没有 VCALENDAR</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>this required property is missing</source>
        <translation>缺少此必需属性</translation>
    </message>
    <message>
        <source>%1 is not a date or a date-time</source>
        <translation>%1 不是日期或日期时间</translation>
    </message>
    <message>
        <source>%1: relative and recurring dates are not supported; write the date</source>
        <translation>%1：不支持相对日期和重复日期；请写出具体日期</translation>
    </message>
    <message>
        <source>%1 is not a date this app reads (write it as 2024-03-05 or March 5 2024)</source>
        <translation>%1 不是本应用能读取的日期（请写作 2024-03-05 或 March 5 2024）</translation>
    </message>
    <message>
        <source>%1: a time needs a day</source>
        <translation>%1：时间需要具体的日</translation>
    </message>
    <message>
        <source>holds half of a UTF-16 character pair (%1), not text</source>
        <translation>含有半个 UTF-16 字符对（%1），不是文本</translation>
    </message>
    <message>
        <source>not a spreadsheet this app can read (%1)</source>
        <translation>不是本应用能读取的电子表格（%1）</translation>
    </message>
    <message>
        <source>no sheet %1 (its sheets: %2)</source>
        <translation>没有工作表 %1（现有工作表：%2）</translation>
    </message>
    <message>
        <source>the spreadsheet has no cells</source>
        <translation>电子表格中没有单元格</translation>
    </message>
    <message>
        <source>column mapping: %1</source>
        <translation>列映射：%1</translation>
    </message>
    <message>
        <source>an event needs a title</source>
        <translation>事件需要标题</translation>
    </message>
    <message>
        <source>an event needs a date</source>
        <translation>事件需要日期</translation>
    </message>
    <message>
        <source>%1 is not a date</source>
        <translation>%1 不是日期</translation>
    </message>
    <message>
        <source>%1 is a time without a date</source>
        <translation>%1 是没有日期的时间</translation>
    </message>
    <message>
        <source>%1 is a number, not a date (a year is a whole number)</source>
        <translation>%1 是数字而不是日期（年份须为整数）</translation>
    </message>
    <message>
        <source>a document type declaration (with its entities) is not allowed in a .timeline file</source>
        <translation>.timeline 文件中不允许出现文档类型声明（及其实体）</translation>
    </message>
    <message>
        <source>not XML: %1</source>
        <translation>不是 XML：%1</translation>
    </message>
    <message>
        <source>&lt;%1&gt; is not a &lt;timeline&gt;</source>
        <translation>&lt;%1&gt; 不是 &lt;timeline&gt;</translation>
    </message>
    <message>
        <source>the time type %1 is not supported (only %2)</source>
        <translation>不支持时间类型 %1（仅支持 %2）</translation>
    </message>
    <message>
        <source>&lt;%1&gt; has no &lt;%2&gt;</source>
        <translation>&lt;%1&gt; 中没有 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>%1 is not a colour (r,g,b from 0 to 255)</source>
        <translation>%1 不是颜色（r,g,b 取值 0 至 255）</translation>
    </message>
    <message>
        <source>%1 is not a time (write it as 2024-03-05 14:30:00)</source>
        <translation>%1 不是时间（请写作 2024-03-05 14:30:00）</translation>
    </message>
    <message>
        <source>%1 is not a year</source>
        <translation>%1 不是年份</translation>
    </message>
    <message>
        <source>%1 is not a month</source>
        <translation>%1 不是月份</translation>
    </message>
    <message>
        <source>%1 is not a day</source>
        <translation>%1 不是日</translation>
    </message>
    <message>
        <source>%1 is not an hour</source>
        <translation>%1 不是小时</translation>
    </message>
    <message>
        <source>%1 is not a minute</source>
        <translation>%1 不是分钟</translation>
    </message>
    <message>
        <source>%1 is not a second</source>
        <translation>%1 不是秒</translation>
    </message>
    <message>
        <source>%1 is not an hour (0 to %2)</source>
        <translation>%1 不是小时（0 至 %2）</translation>
    </message>
    <message>
        <source>%1 is not a minute (0 to %2)</source>
        <translation>%1 不是分钟（0 至 %2）</translation>
    </message>
    <message>
        <source>%1 is not a second (0 to %2)</source>
        <translation>%1 不是秒（0 至 %2）</translation>
    </message>
    <message>
        <source>a date needs a year</source>
        <translation>日期需要年份</translation>
    </message>
    <message>
        <source>%1 is beyond the ±%2 years the app supports</source>
        <translation>%1 超出了本应用支持的 ±%2 年范围</translation>
    </message>
    <message>
        <source>%1 is not a month (1 to 12)</source>
        <translation>%1 不是月份（1 至 12）</translation>
    </message>
    <message>
        <source>a day needs a month</source>
        <translation>日需要月份</translation>
    </message>
    <message>
        <source>%1 is not a day of %2 %3 (1 to %4)</source>
        <translation>%1 不是 %3年%2 中的日（1 至 %4）</translation>
    </message>
    <message>
        <source>a time needs an hour</source>
        <translation>时间需要小时</translation>
    </message>
    <message>
        <source>a time needs a day</source>
        <translation>时间需要具体的日</translation>
    </message>
    <message>
        <source>must be a list of lanes</source>
        <translation>必须是泳道列表</translation>
    </message>
    <message>
        <source>this required field is missing: TimelineJS lists its slides there</source>
        <translation>缺少此必填字段：TimelineJS 在此列出其幻灯片</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>必须是列表</translation>
    </message>
    <message>
        <source>not valid UTF-8 text; save the file as UTF-8</source>
        <translation>不是有效的 UTF-8 文本；请将文件另存为 UTF-8</translation>
    </message>
    <message>
        <source>not valid JSON: nested too deeply</source>
        <translation>不是有效的 JSON：嵌套过深</translation>
    </message>
    <message>
        <source>must be a JSON object with an &apos;events&apos; list</source>
        <translation>必须是含有 &apos;events&apos; 列表的 JSON 对象</translation>
    </message>
    <message>
        <source>must be an object with a start_date</source>
        <translation>必须是含有 start_date 的对象</translation>
    </message>
    <message>
        <source>must be an object, got %1</source>
        <translation>必须是对象，实际为 %1</translation>
    </message>
    <message>
        <source>must be text, got %1</source>
        <translation>必须是文本，实际为 %1</translation>
    </message>
    <message>
        <source>it had reached %1 of its %2 address-space limit</source>
        <translation>它已用到 %1，其地址空间上限为 %2</translation>
    </message>
    <message>
        <source>it had filled %1 of the machine&apos;s %2</source>
        <translation>它已占用本机 %2 中的 %1</translation>
    </message>
    <message>
        <source>the loader process stopped answering</source>
        <translation>加载进程停止了响应</translation>
    </message>
    <message>
        <source>the loader process was stopped by signal %1 (killed, perhaps for lack of memory)</source>
        <translation>加载进程被信号 %1 终止（被强制结束，可能是内存不足）</translation>
    </message>
    <message>
        <source>the loader process was stopped by signal %1</source>
        <translation>加载进程被信号 %1 终止</translation>
    </message>
    <message>
        <source>the loader process ended with exit code %1</source>
        <translation>加载进程以退出码 %1 结束</translation>
    </message>
    <message>
        <source>there is not enough memory to load this file (%1: %2)</source>
        <translation>内存不足，无法加载此文件（%1：%2）</translation>
    </message>
    <message>
        <source>%1 before the file was loaded</source>
        <translation>%1，文件尚未加载完成</translation>
    </message>
    <message>
        <source>there is not enough memory to load this file (%1 when %2)</source>
        <translation>内存不足，无法加载此文件（发生 %1 时，%2）</translation>
    </message>
    <message>
        <source>the file ends too early: a closing } is missing</source>
        <translation>文件过早结束：缺少右花括号 }</translation>
    </message>
    <message>
        <source>the file ends too early: a closing ] is missing</source>
        <translation>文件过早结束：缺少右方括号 ]</translation>
    </message>
    <message>
        <source>the file ends inside a string: a closing &quot; is missing</source>
        <translation>文件在字符串中间结束：缺少结尾的 &quot;</translation>
    </message>
    <message>
        <source>the file ends too early: a value is missing</source>
        <translation>文件过早结束：缺少一个值</translation>
    </message>
    <message>
        <source>keys and strings need double quotes (&quot;), not single quotes (&apos;)</source>
        <translation>键和字符串需要用双引号（&quot;），而不是单引号（&apos;）</translation>
    </message>
    <message>
        <source>comments are not allowed in JSON</source>
        <translation>JSON 中不允许有注释</translation>
    </message>
    <message>
        <source>input should be a valid string, got %1</source>
        <translation>输入应为有效的字符串，实际为 %1</translation>
    </message>
    <message>
        <source>input should be a valid array, got %1</source>
        <translation>输入应为有效的数组，实际为 %1</translation>
    </message>
    <message>
        <source>input should be a valid list, got %1</source>
        <translation>输入应为有效的列表，实际为 %1</translation>
    </message>
    <message>
        <source>input should be a valid tuple, got %1</source>
        <translation>输入应为有效的元组，实际为 %1</translation>
    </message>
    <message>
        <source>input should be an object, got %1</source>
        <translation>输入应为对象，实际为 %1</translation>
    </message>
    <message>
        <source>input should be a valid dictionary, got %1</source>
        <translation>输入应为有效的字典，实际为 %1</translation>
    </message>
    <message>
        <source>input should be a valid number, got %1</source>
        <translation>输入应为有效的数字，实际为 %1</translation>
    </message>
    <message>
        <source>input should be a valid number, unable to parse string as a number, got %1</source>
        <translation>输入应为有效的数字，无法将字符串解析为数字，实际为 %1</translation>
    </message>
    <message>
        <source>input should be a finite number, got %1</source>
        <translation>输入应为有限数，实际为 %1</translation>
    </message>
    <message>
        <source>input should be a valid integer, got %1</source>
        <translation>输入应为有效的整数，实际为 %1</translation>
    </message>
    <message>
        <source>input should be a valid integer, got a number with a fractional part, got %1</source>
        <translation>输入应为有效的整数，但得到的是带小数部分的数字，实际为 %1</translation>
    </message>
    <message>
        <source>input should be a valid integer, unable to parse string as an integer, got %1</source>
        <translation>输入应为有效的整数，无法将字符串解析为整数，实际为 %1</translation>
    </message>
    <message>
        <source>input should be a valid boolean, got %1</source>
        <translation>输入应为有效的布尔值，实际为 %1</translation>
    </message>
    <message>
        <source>input should be a valid boolean, unable to interpret input, got %1</source>
        <translation>输入应为有效的布尔值，无法解读输入，实际为 %1</translation>
    </message>
    <message>
        <source>input should be greater than %1, got %2</source>
        <translation>输入应大于 %1，实际为 %2</translation>
    </message>
    <message>
        <source>input should be greater than or equal to %1, got %2</source>
        <translation>输入应大于或等于 %1，实际为 %2</translation>
    </message>
    <message>
        <source>input should be less than %1, got %2</source>
        <translation>输入应小于 %1，实际为 %2</translation>
    </message>
    <message>
        <source>input should be less than or equal to %1, got %2</source>
        <translation>输入应小于或等于 %1，实际为 %2</translation>
    </message>
    <message>
        <source>string should have at least %1 characters, got %2</source>
        <translation>字符串应至少有 %1 个字符，实际为 %2</translation>
    </message>
    <message>
        <source>string should have at most %1 characters, got %2</source>
        <translation>字符串最多应有 %1 个字符，实际为 %2</translation>
    </message>
    <message>
        <source>input should be %1, got %2</source>
        <translation>输入应为 %1，实际为 %2</translation>
    </message>
    <message>
        <source>input should be a valid dictionary or instance of %1, got %2</source>
        <translation>输入应为有效的字典或 %1 的实例，实际为 %2</translation>
    </message>
    <message>
        <source>string should have at least %1 character, got %2</source>
        <translation>字符串应至少有 %1 个字符，实际为 %2</translation>
    </message>
    <message>
        <source>string should have at most %1 character, got %2</source>
        <translation>字符串最多应有 %1 个字符，实际为 %2</translation>
    </message>
    <message>
        <source>this required field is missing</source>
        <translation>缺少此必填字段</translation>
    </message>
    <message>
        <source>%1 is already used by %2</source>
        <translation>%1 已被 %2 使用</translation>
    </message>
    <message>
        <source>%1 is not a valid id (letters, digits and _ . : - only)</source>
        <translation>%1 不是有效的 ID（只能包含字母、数字和 _ . : -）</translation>
    </message>
    <message>
        <source>the file is %1 encoded; save it as UTF-8</source>
        <translation>文件采用 %1 编码；请另存为 UTF-8</translation>
    </message>
    <message>
        <source>not valid UTF-8 text (byte 0x%1); save the file as UTF-8</source>
        <translation>不是有效的 UTF-8 文本（字节 0x%1）；请将文件另存为 UTF-8</translation>
    </message>
    <message>
        <source>duplicate key %1 in %2 (the first is at line %3, column %4)</source>
        <translation>%2 中的键 %1 重复（第一个位于第 %3 行第 %4 列）</translation>
    </message>
    <message>
        <source>duplicate key %1 at the top level (the first is at line %2, column %3)</source>
        <translation>顶层的键 %1 重复（第一个位于第 %2 行第 %3 列）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is half of a UTF-16 surrogate pair; the other half is missing</source>
        <translation>&apos;%1&apos; 是 UTF-16 代理对的一半；缺少另一半</translation>
    </message>
    <message>
        <source>unknown field %1 (did you mean %2?)</source>
        <translation>未知字段 %1（您是想写 %2 吗？）</translation>
    </message>
    <message>
        <source>unknown field %1</source>
        <translation>未知字段 %1</translation>
    </message>
    <message>
        <source>%1 is not a colour; write it as #rrggbb</source>
        <translation>%1 不是颜色；请写作 #rrggbb</translation>
    </message>
    <message>
        <source>%1 is not a currency code; use three capital letters such as USD</source>
        <translation>%1 不是货币代码；请使用三个大写字母，例如 USD</translation>
    </message>
    <message>
        <source>%1, got %2</source>
        <translation>%1，实际为 %2</translation>
    </message>
    <message>
        <source>no lane %1: the file defines no lanes</source>
        <translation>没有泳道 %1：文件未定义任何泳道</translation>
    </message>
    <message>
        <source>no lane has id %1 (did you mean %2?)</source>
        <translation>没有 ID 为 %1 的泳道（您是想写 %2 吗？）</translation>
    </message>
    <message>
        <source>no lane has id %1</source>
        <translation>没有 ID 为 %1 的泳道</translation>
    </message>
    <message>
        <source>no event has id %1</source>
        <translation>没有 ID 为 %1 的事件</translation>
    </message>
    <message>
        <source>an event cannot link to itself</source>
        <translation>事件不能链接到自身</translation>
    </message>
    <message>
        <source>the timeline has no article text (source.text) to point into</source>
        <translation>时间线中没有可供指向的文章正文（source.text）</translation>
    </message>
    <message>
        <source>%1 is beyond the end of the article&apos;s text (%2 characters)</source>
        <translation>%1 超出了文章正文的末尾（共 %2 个字符）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Unsaved edits cannot be copied aside for recovery: save them soon.</source>
        <translation>无法为恢复备份未保存的编辑：请尽快保存。</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Edit the selected event (%1)</source>
        <translation>编辑所选事件 (%1)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Files Opened from Outside in a New Window</source>
        <translation>从外部打开的文件使用新窗口(&amp;F)</translation>
    </message>
    <message>
        <source>When a file is opened from outside (a file manager, a link, the command line) while the app runs: checked, it gets a new window; unchecked, it replaces this window&apos;s file</source>
        <translation>应用运行时从外部（文件管理器、链接、命令行）打开文件：勾选时在新窗口中打开，否则替换此窗口中的文件</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Collapse All Lanes</source>
        <translation>折叠所有泳道(&amp;C)</translation>
    </message>
    <message>
        <source>E&amp;xpand All Lanes</source>
        <translation>展开所有泳道(&amp;X)</translation>
    </message>
    <message>
        <source>Show All &amp;Links</source>
        <translation>显示所有链接(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>外观(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <source>More menus</source>
        <translation>更多菜单</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Lanes…</source>
        <translation>泳道(&amp;L)…</translation>
    </message>
    <message>
        <source>La&amp;nguage</source>
        <translation>语言(&amp;N)</translation>
    </message>
    <message>
        <source>S&amp;ystem</source>
        <translation>跟随系统(&amp;Y)</translation>
    </message>
    <message>
        <source>The language changes when the app starts next time.</source>
        <translation>语言将在下次启动应用时更改。</translation>
    </message>
    <message>
        <source>Save the timeline first: a link names its file</source>
        <translation>请先保存时间线：链接需要指明其文件</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>已复制 %1</translation>
    </message>
    <message>
        <source>Today lies outside this timeline: showing its nearest end</source>
        <translation>今天不在此时间线范围内：显示其最近的一端</translation>
    </message>
    <message>
        <source>Export Image</source>
        <translation>导出图像</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>没有最近打开的文件</translation>
    </message>
    <message>
        <source>Export Data</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <source>%1 events this format cannot hold were left out</source>
        <translation>有 %1 个事件因此格式无法容纳而被略去</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>A zoomable timeline viewer.</source>
        <translation>可缩放的时间线查看器。</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>关于%1</translation>
    </message>
    <message>
        <source>%1 of %2 event match</source>
        <translation>%2 个事件中有 %1 个匹配</translation>
    </message>
    <message>
        <source>%1 of %2 events match</source>
        <translation>%2 个事件中有 %1 个匹配</translation>
    </message>
    <message>
        <source>%1 of %2 event shown</source>
        <translation>显示 %2 个事件中的 %1 个</translation>
    </message>
    <message>
        <source>%1 of %2 events shown</source>
        <translation>显示 %2 个事件中的 %1 个</translation>
    </message>
    <message>
        <source>%1 event</source>
        <translation>%1 个事件</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 个事件</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>%1; %2</source>
        <translation>%1；%2</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>File notice</source>
        <translation>文件提示</translation>
    </message>
    <message>
        <source>Dismiss notice</source>
        <translation>关闭提示</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <source>Timeline overview</source>
        <translation>时间线概览</translation>
    </message>
    <message>
        <source>Drag the box to move, drag its edges to zoom, click elsewhere to jump there. With the keyboard: Tab here, then ← → move and + − zoom.</source>
        <translation>拖动方框可移动，拖动其边缘可缩放，单击其他位置可跳转。键盘操作：按 Tab 到此处，然后用 ← → 移动，用 + − 缩放。</translation>
    </message>
    <message>
        <source>The whole timeline; Left and Right move the view, plus and minus zoom</source>
        <translation>整条时间线；左右方向键移动视图，加号和减号缩放</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>%1 — page %2 of %3</source>
        <translation>%1 — 第 %2 页，共 %3 页</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Reading the file</source>
        <translation>正在读取文件</translation>
    </message>
    <message>
        <source>Reading the %1 file</source>
        <translation>正在读取%1</translation>
    </message>
    <message>
        <source>Starting the loader</source>
        <translation>正在启动加载程序</translation>
    </message>
    <message>
        <source>Receiving the timeline</source>
        <translation>正在接收时间线</translation>
    </message>
    <message>
        <source>Building the timeline</source>
        <translation>正在构建时间线</translation>
    </message>
    <message>
        <source>Checking the file against the format</source>
        <translation>正在按格式检查文件</translation>
    </message>
    <message>
        <source>Checking ids, lanes and links</source>
        <translation>正在检查 ID、泳道和链接</translation>
    </message>
    <message>
        <source>Reading dates</source>
        <translation>正在读取日期</translation>
    </message>
    <message>
        <source>Sorting events</source>
        <translation>正在排序事件</translation>
    </message>
    <message>
        <source>Reading the article</source>
        <translation>正在读取文章</translation>
    </message>
    <message>
        <source>Checking the draft</source>
        <translation>正在检查草稿</translation>
    </message>
    <message>
        <source>Reading sentence %1 of %2</source>
        <translation>正在读取第 %1 句（共 %2 句）</translation>
    </message>
    <message>
        <source>Finding the article&apos;s sentences</source>
        <translation>正在划分文章的句子</translation>
    </message>
    <message>
        <source>Finding dated facts</source>
        <translation>正在查找带日期的事实</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>an untitled timeline</source>
        <translation>一个未命名的时间线</translation>
    </message>
    <message>
        <source>%1, changed %2</source>
        <translation>%1，修改于 %2</translation>
    </message>
    <message>
        <source>Restore unsaved changes</source>
        <translation>恢复未保存的更改</translation>
    </message>
    <message>
        <source>Unsaved changes were kept when the app last stopped: %1.</source>
        <translation>应用上次停止时保留了未保存的更改：%1。</translation>
    </message>
    <message>
        <source>Restore them? (They stay unsaved until you save.)</source>
        <translation>要恢复吗？（在您保存之前，它们仍为未保存状态。）</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>出现问题</translation>
    </message>
    <message>
        <source>An unexpected error happened. The window keeps working, but what you were doing may not have finished.</source>
        <translation>发生了意外错误。窗口仍可继续使用，但您刚才的操作可能没有完成。</translation>
    </message>
    <message>
        <source>Error report</source>
        <translation>错误报告</translation>
    </message>
    <message>
        <source>&amp;Copy Report</source>
        <translation>复制报告(&amp;C)</translation>
    </message>
    <message>
        <source>The report is also in %1.</source>
        <translation>报告也已保存在 %1。</translation>
    </message>
    <message>
        <source>%1 errors. %2</source>
        <translation>%1 个错误。%2</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Restore %1 Events</source>
        <translation>恢复 %1 个事件</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>文章正文</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>接受(&amp;A)</translation>
    </message>
    <message>
        <source>Accept the selected draft</source>
        <translation>接受所选草稿</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>拒绝(&amp;R)</translation>
    </message>
    <message>
        <source>Reject the selected event</source>
        <translation>拒绝所选事件</translation>
    </message>
    <message>
        <source>Accept A&amp;ll</source>
        <translation>全部接受(&amp;L)</translation>
    </message>
    <message>
        <source>Accept every draft</source>
        <translation>接受所有草稿</translation>
    </message>
    <message>
        <source>Reject All Dra&amp;fts</source>
        <translation>拒绝所有草稿(&amp;F)</translation>
    </message>
    <message>
        <source>Reject every draft</source>
        <translation>拒绝所有草稿</translation>
    </message>
    <message>
        <source>Show the rejected events again, as drafts</source>
        <translation>将已拒绝的事件重新显示为草稿</translation>
    </message>
    <message>
        <source>%1 of %2 event from this article is a draft: accept or reject it.</source>
        <translation>本文的 %2 个事件中有 %1 个是草稿：请接受或拒绝。</translation>
    </message>
    <message>
        <source>%1 of %2 events from this article are drafts: accept or reject each.</source>
        <translation>本文的 %2 个事件中有 %1 个是草稿：请逐一接受或拒绝。</translation>
    </message>
    <message>
        <source>The %1 event from this article is reviewed.</source>
        <translation>本文的 %1 个事件已审阅。</translation>
    </message>
    <message>
        <source>All %1 events from this article are reviewed.</source>
        <translation>本文的全部 %1 个事件均已审阅。</translation>
    </message>
    <message>
        <source>Show %1 Rejected Again</source>
        <translation>重新显示 %1 个已拒绝事件</translation>
    </message>
    <message>
        <source>Show 1 Rejected Again</source>
        <translation>重新显示 1 个已拒绝事件</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Search events</source>
        <translation>搜索事件</translation>
    </message>
    <message>
        <source>Search titles, summaries, actors, sources, tags  (%1)</source>
        <translation>搜索标题、摘要、参与方、来源、标签  (%1)</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>清除搜索</translation>
    </message>
    <message>
        <source>Previous match (%1)</source>
        <translation>上一个匹配项 (%1)</translation>
    </message>
    <message>
        <source>Next match (%1)</source>
        <translation>下一个匹配项 (%1)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Filter events</source>
        <translation>筛选事件</translation>
    </message>
    <message>
        <source>F&amp;ilter</source>
        <translation>筛选(&amp;I)</translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Indexing…</source>
        <translation>正在建立索引…</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>无匹配项</translation>
    </message>
    <message>
        <source>%1 match</source>
        <translation>%1 个匹配项</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>%1 个匹配项</translation>
    </message>
    <message>
        <source>Showing only: %1</source>
        <translation>仅显示：%1</translation>
    </message>
    <message>
        <source>Filter ●</source>
        <translation>筛选 ●</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Lane</source>
        <translation>泳道(&amp;L)</translation>
    </message>
    <message>
        <source>(no lane)</source>
        <translation>（无泳道）</translation>
    </message>
    <message>
        <source>&amp;Actor</source>
        <translation>参与方(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Tag</source>
        <translation>标签(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Clear filter</source>
        <translation>清除筛选(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>作用</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>适用位置</translation>
    </message>
    <message>
        <source>Timeline, overview strip and search field keys work when that part has the focus.</source>
        <translation>时间线、概览条和搜索框的按键仅在该部分获得焦点时有效。</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Anywhere</source>
        <translation>任意位置</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Overview strip</source>
        <translation>概览条</translation>
    </message>
    <message>
        <source>Search field</source>
        <translation>搜索框</translation>
    </message>
    <message>
        <source>Moving around</source>
        <translation>焦点切换</translation>
    </message>
    <message>
        <source>File ▸ &amp;New</source>
        <translation>文件 ▸ 新建(&amp;N)</translation>
    </message>
    <message>
        <source>File ▸ New from Ar&amp;ticle…</source>
        <translation>文件 ▸ 从文章新建(&amp;T)…</translation>
    </message>
    <message>
        <source>File ▸ &amp;Open…</source>
        <translation>文件 ▸ 打开(&amp;O)…</translation>
    </message>
    <message>
        <source>File ▸ &amp;Save</source>
        <translation>文件 ▸ 保存(&amp;S)</translation>
    </message>
    <message>
        <source>File ▸ Save &amp;As…</source>
        <translation>文件 ▸ 另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>File ▸ Re&amp;load</source>
        <translation>文件 ▸ 重新加载(&amp;L)</translation>
    </message>
    <message>
        <source>File ▸ &amp;Export Image of View…</source>
        <translation>文件 ▸ 导出当前视图图像(&amp;E)…</translation>
    </message>
    <message>
        <source>File ▸ Export Image of &amp;Whole Timeline…</source>
        <translation>文件 ▸ 导出整条时间线图像(&amp;W)…</translation>
    </message>
    <message>
        <source>File ▸ Export &amp;Data…</source>
        <translation>文件 ▸ 导出数据(&amp;D)…</translation>
    </message>
    <message>
        <source>File ▸ &amp;Print…</source>
        <translation>文件 ▸ 打印(&amp;P)…</translation>
    </message>
    <message>
        <source>File ▸ &amp;Quit</source>
        <translation>文件 ▸ 退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Edit ▸ &amp;Undo</source>
        <translation>编辑 ▸ 撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Edit ▸ &amp;Redo</source>
        <translation>编辑 ▸ 重做(&amp;R)</translation>
    </message>
    <message>
        <source>Edit ▸ &amp;New Event</source>
        <translation>编辑 ▸ 新建事件(&amp;N)</translation>
    </message>
    <message>
        <source>Edit ▸ &amp;Edit Event</source>
        <translation>编辑 ▸ 编辑事件(&amp;E)</translation>
    </message>
    <message>
        <source>Edit ▸ D&amp;uplicate Event</source>
        <translation>编辑 ▸ 复制事件(&amp;U)</translation>
    </message>
    <message>
        <source>Edit ▸ &amp;Delete Event</source>
        <translation>编辑 ▸ 删除事件(&amp;D)</translation>
    </message>
    <message>
        <source>Edit ▸ &amp;Accept Draft</source>
        <translation>编辑 ▸ 接受草稿(&amp;A)</translation>
    </message>
    <message>
        <source>Edit ▸ Re&amp;ject Draft</source>
        <translation>编辑 ▸ 拒绝草稿(&amp;J)</translation>
    </message>
    <message>
        <source>Edit ▸ Accept All Dra&amp;fts</source>
        <translation>编辑 ▸ 接受全部草稿(&amp;F)</translation>
    </message>
    <message>
        <source>Edit ▸ Copy Lin&amp;k</source>
        <translation>编辑 ▸ 复制链接(&amp;K)</translation>
    </message>
    <message>
        <source>View ▸ Zoom &amp;In</source>
        <translation>视图 ▸ 放大(&amp;I)</translation>
    </message>
    <message>
        <source>View ▸ Zoom &amp;Out</source>
        <translation>视图 ▸ 缩小(&amp;O)</translation>
    </message>
    <message>
        <source>View ▸ &amp;Fit All</source>
        <translation>视图 ▸ 显示全部(&amp;F)</translation>
    </message>
    <message>
        <source>View ▸ Zoom to &amp;Selected</source>
        <translation>视图 ▸ 缩放到所选(&amp;S)</translation>
    </message>
    <message>
        <source>Search ▸ &amp;Find…</source>
        <translation>搜索 ▸ 查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Search ▸ Find &amp;Next</source>
        <translation>搜索 ▸ 查找下一个(&amp;N)</translation>
    </message>
    <message>
        <source>Search ▸ Find &amp;Previous</source>
        <translation>搜索 ▸ 查找上一个(&amp;P)</translation>
    </message>
    <message>
        <source>Search ▸ &amp;Clear Filter</source>
        <translation>搜索 ▸ 清除筛选(&amp;C)</translation>
    </message>
    <message>
        <source>Go ▸ &amp;Previous Event</source>
        <translation>转到 ▸ 上一个事件(&amp;P)</translation>
    </message>
    <message>
        <source>Go ▸ &amp;Next Event</source>
        <translation>转到 ▸ 下一个事件(&amp;N)</translation>
    </message>
    <message>
        <source>Go ▸ &amp;First Event</source>
        <translation>转到 ▸ 第一个事件(&amp;F)</translation>
    </message>
    <message>
        <source>Go ▸ &amp;Last Event</source>
        <translation>转到 ▸ 最后一个事件(&amp;L)</translation>
    </message>
    <message>
        <source>Go ▸ &amp;Today</source>
        <translation>转到 ▸ 今天(&amp;T)</translation>
    </message>
    <message>
        <source>Help ▸ &amp;Keyboard Shortcuts</source>
        <translation>帮助 ▸ 键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Select the previous event in date order</source>
        <translation>按日期顺序选择上一个事件</translation>
    </message>
    <message>
        <source>Select the next event in date order</source>
        <translation>按日期顺序选择下一个事件</translation>
    </message>
    <message>
        <source>Select the first event</source>
        <translation>选择第一个事件</translation>
    </message>
    <message>
        <source>Select the last event</source>
        <translation>选择最后一个事件</translation>
    </message>
    <message>
        <source>Fit everything</source>
        <translation>显示全部</translation>
    </message>
    <message>
        <source>Centre the view on today at the same zoom</source>
        <translation>以相同缩放将视图居中到今天</translation>
    </message>
    <message>
        <source>Zoom to the selected event</source>
        <translation>缩放到所选事件</translation>
    </message>
    <message>
        <source>Scroll the lanes up</source>
        <translation>向上滚动泳道</translation>
    </message>
    <message>
        <source>Scroll the lanes down</source>
        <translation>向下滚动泳道</translation>
    </message>
    <message>
        <source>Move to earlier time</source>
        <translation>移到更早的时间</translation>
    </message>
    <message>
        <source>Move to later time</source>
        <translation>移到更晚的时间</translation>
    </message>
    <message>
        <source>Clear the search, then the selection</source>
        <translation>先清除搜索，再取消选择</translation>
    </message>
    <message>
        <source>Show this list of shortcuts</source>
        <translation>显示此快捷键列表</translation>
    </message>
    <message>
        <source>Move the view to earlier time</source>
        <translation>将视图移到更早的时间</translation>
    </message>
    <message>
        <source>Move the view to later time</source>
        <translation>将视图移到更晚的时间</translation>
    </message>
    <message>
        <source>Select the next match</source>
        <translation>选择下一个匹配项</translation>
    </message>
    <message>
        <source>Select the previous match</source>
        <translation>选择上一个匹配项</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>清除搜索</translation>
    </message>
    <message>
        <source>Move between search field, timeline, overview strip, event list and details</source>
        <translation>在搜索框、时间线、概览条、事件列表和详情之间切换</translation>
    </message>
    <message>
        <source>Alt+underlined letter</source>
        <translation>Alt+带下划线的字母</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>已报道</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>有争议</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <source>Announced or on record.</source>
        <translation>已宣布或有记录在案。</translation>
    </message>
    <message>
        <source>Reported by the media, not confirmed.</source>
        <translation>媒体报道，未经证实。</translation>
    </message>
    <message>
        <source>Reported, and denied by a party involved.</source>
        <translation>有报道，但被相关方否认。</translation>
    </message>
    <message>
        <source>Scheduled or targeted for a later date.</source>
        <translation>已排定或计划在以后进行。</translation>
    </message>
</context>
<context>
    <name>Ticks</name>
    <message>
        <source>present</source>
        <translation>现今</translation>
    </message>
    <message>
        <source>{count} Gya</source>
        <translation>{years}年前</translation>
    </message>
    <message>
        <source>in {count} Gyr</source>
        <translation>{years}年后</translation>
    </message>
    <message>
        <source>{count} Mya</source>
        <translation>{years}年前</translation>
    </message>
    <message>
        <source>in {count} Myr</source>
        <translation>{years}年后</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
</context>
</TS>
