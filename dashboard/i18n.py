"""UI strings in Chinese (default) and English. Every label, axis, legend and tooltip comes from here."""

from __future__ import annotations

LANGS = ("zh", "en")

STRINGS: dict[str, tuple[str, str]] = {
    # app and navigation
    "app_title": ("党建指标看板", "Party-Building Indicators"),
    "app_subtitle": ("学校党建工作指标对比", "Comparing schools' party-building work"),
    "page_overview": ("总览", "Overview"),
    "page_compare": ("学校对比", "Compare schools"),
    "page_trends": ("年度趋势", "Trends by year"),
    "page_school": ("学校档案", "School profile"),
    "page_evidence": ("证据与审核", "Evidence & review"),
    "page_upload": ("数据上传", "Data upload"),
    "page_briefing": ("简报导出", "Briefing export"),
    "page_schools": ("学校管理", "Schools"),
    "schools_needs_analyst": ("学校管理仅限分析员，请先登录。", "Managing schools is for analysts: please log in first."),
    "schools_help": (
        "改名、设置地区和学段、合并两所学校、把一个写法拆成单独的学校。每次修改都是一个批次，可在“数据上传 › 导入记录”中撤销。",
        "Rename a school, set its region and level, merge two schools, or split a spelling out into a school "
        "of its own. Each change is a batch, which Data upload › Batch history can revert.",
    ),
    "school_to_manage": ("学校", "School"),
    "spellings": ("写法", "Spellings"),
    "rename": ("改名", "Rename"),
    "new_name": ("新名称", "New name"),
    "details": ("地区、学段和英文名", "Region, level and English name"),
    "english_name": ("英文名", "English name"),
    "english_reading": ("英文页面显示为", "English pages show"),
    "region_text": ("地区（如 重庆市黔江区）", "Region (e.g. 重庆市黔江区)"),
    "save": ("保存", "Save"),
    "merge": ("合并", "Merge"),
    "merge_into_this": ("把另一所学校合并到本校（它的数据、荣誉、报告和写法都归入本校）",
                        "Merge another school into this one (its figures, honours, reports and spellings move here)"),
    "school_to_merge": ("要合并进来的学校", "School to merge in"),
    "split": ("拆分", "Split"),
    "split_help": ("把一个写法拆成单独的学校，连同带来这个写法的那次导入的数据。",
                   "Make a spelling a school of its own, with the figures of the load that brought it."),
    "spelling_to_split": ("要拆出的写法", "Spelling to split out"),
    "school_changed": ("已保存为批次 {batch}，可在“数据上传 › 导入记录”中撤销。",
                       "Saved as batch {batch}; Data upload › Batch history can revert it."),
    "filters": ("筛选", "Filters"),
    "region": ("地区", "Region"),
    "region_level": ("地区层级", "Region level"),
    "rlevel_province": ("省级", "Province"),
    "rlevel_city": ("市级", "City"),
    "rlevel_district": ("区县级", "District"),
    "school": ("学校", "School"),
    "schools": ("学校", "Schools"),
    "level": ("学段", "School level"),
    "year_range": ("年份范围", "Years"),
    "all": ("全部", "All"),
    "reset_filters": ("清除筛选", "Clear filters"),
    "filters_hint": (
        "筛选条件会保存在网址中，复制网址即可分享当前视图。",
        "Filters are kept in the URL: copy it to share this view.",
    ),
    # overview
    "kpi_schools": ("学校", "Schools"),
    "kpi_reports": ("报告", "Reports"),
    "kpi_figures": ("指标数据", "Figures"),
    "kpi_years": ("覆盖年份", "Years covered"),
    "coverage_title": ("数据覆盖：学校 × 指标", "Coverage: school × indicator"),
    "coverage_caption": (
        "颜色越深，表示该指标有数据的年份越多；“无年份”的数据也计为有数据。",
        "Darker cells have data for more years; undated figures count as data too.",
    ),
    "years_with_data": ("有数据的年份数", "Years with data"),
    "coverage_click": ("点击单元格可打开该校档案。", "Click a cell to open that school's profile."),
    "regions_title": ("各地区有数据的学校", "Schools with data by region"),
    "regions_caption": (
        "点击某地区的条形，可将全部页面的筛选缩小到该地区；在侧栏“地区”中可清除。",
        "Click a region's bar to narrow every page's filters to that region; clear it under \"Region\" in the sidebar.",
    ),
    "region_unknown": ("地区不详", "Region unknown"),
    "figures_count": ("数据条数", "Figures"),
    "latest_title": ("各校主要指标最新值", "Latest headline figures by school"),
    "latest_caption": (
        "每个单元格为该校该指标最近一年的数值；“40+”表示至少40，“≈40”表示约40。",
        "Each cell is the school's most recent figure; \"40+\" means at least 40, \"≈40\" about 40.",
    ),
    "open_school": ("查看学校档案", "Open school profile"),
    "open_compare": ("对比各校", "Compare schools"),
    "empty_title": ("还没有数据", "No data yet"),
    "empty_body": (
        "仓库中还没有符合条件的数据。可以：\n\n"
        "1. 在命令行运行 `python -m etl build` 载入自带的示例数据；\n"
        "2. 在“数据上传”页上传报表（CSV / Excel）或案例报告；\n"
        "3. 用 `python -m etl ingest 报告文件夹` 批量导入报告；\n"
        "4. 或放宽左侧的筛选条件。",
        "There is no data matching this view. You can:\n\n"
        "1. run `python -m etl build` to load the bundled sample data;\n"
        "2. upload a sheet (CSV / Excel) or case reports on the Data upload page;\n"
        "3. load a folder of reports with `python -m etl ingest FOLDER`;\n"
        "4. or widen the filters in the sidebar.",
    ),
    "as_of": ("数据截至", "Figures as of"),
    "as_of_now": ("现在", "now"),
    "as_of_before": ("导入之前：{batch}", "before the load {batch}"),
    "as_of_showing": ("正在查看批次 {batch} 导入之前的数据（只读）。", "Showing the warehouse as it was before batch {batch} (read-only)."),
    "as_of_no_review": ("查看历史数据时不能审核；请把“数据截至”改回“现在”。",
                        "Past figures are not reviewed here: set “Figures as of” back to “now”."),
    "waiting_for_load": ("正在等待另一项导入完成……", "Waiting for another load to finish…"),
    "busy": (
        "数据仓库正在写入，请稍候几秒再刷新。",
        "The warehouse is busy with a load; refresh in a few seconds.",
    ),
    "show_data": ("查看数据表", "Show data table"),
    "download_csv": ("下载 CSV", "Download CSV"),
    "no_year": ("无年份", "undated"),
    "stub": ("本页将在后续版本中提供。", "This page arrives in a later release."),
    # chart vocabulary
    "indicator": ("指标", "Indicator"),
    "value": ("数值", "Value"),
    "year": ("年份", "Year"),
    "qualifier": ("限定", "Qualifier"),
    "source": ("来源", "Source"),
    "period": ("时期", "Period"),
    "category": ("类别", "Category"),
    "count": ("数量", "Count"),
    "q_exact": ("精确", "exact"),
    "q_at_least": ("至少", "at least"),
    "q_approx": ("约", "about"),
    "q_at_most": ("至多", "at most"),
    "qualifier_legend": ("“40+” 至少40　“≈40” 约40　“≤40” 至多40", "\"40+\" at least 40 · \"≈40\" about 40 · \"≤40\" at most 40"),
    "level_primary": ("小学", "Primary"),
    "level_middle": ("中学", "Middle"),
    "level_high": ("高中", "High"),
    "level_nine_year": ("九年一贯制", "Nine-year"),
    "level_vocational": ("职业学校", "Vocational"),
    "level_university": ("高校", "University"),
    "level_special": ("特殊教育", "Special education"),
    "level_unknown": ("未知", "Unknown"),
    "award_national": ("国家级", "National"),
    "award_provincial": ("省级", "Provincial"),
    "award_municipal": ("市级", "Municipal"),
    "award_district": ("区县级", "District/county"),
    "award_school": ("校级", "School"),
    "award_unknown": ("级别不详", "Unknown level"),
    "cadence_day": ("每天", "per day"),
    "cadence_week": ("每周", "per week"),
    "cadence_month": ("每月", "per month"),
    "cadence_term": ("每学期", "per term"),
    "cadence_half_year": ("每半年", "per half-year"),
    "cadence_year": ("每年", "per year"),
    "source_report": ("报告", "report"),
    "source_sheet": ("报表", "sheet"),
    "source_correction": ("人工更正", "correction"),
    "latest": ("最新", "Latest"),
    "search_schools": ("搜索学校（共 {n} 所）", "Search schools ({n})"),
    "search_schools_hint": ("输入校名中的几个字", "Type part of a name"),
    "compare_limited": ("显示数值最大的 {shown} 所学校（共 {total} 所）；用左侧筛选查看其他学校。",
                        "Showing the {shown} schools with the largest values of {total}; filter to see others."),
    "all_schools": ("全部学校", "All schools"),
    "briefing_title": ("简报标题", "Briefing title"),
    "briefing_default_title": ("学校党建工作情况简报", "School party-building briefing"),
    "briefing_date": ("日期", "Date"),
    "choose_charts": ("选择图表（可调整顺序）", "Charts (reorder below)"),
    "current_view": ("当前视图", "current view"),
    "default_set": ("默认", "default"),
    "views_not_saved": (
        "标为“当前视图”的图表只在本次会话中有效：保存本页视图（即保存简报）时不会包含它们，其余图表会按当日数据重新生成。",
        "Charts marked \"current view\" last for this session only: saving this page's view (the briefing) leaves "
        "them out; the other charts are built again from the day's data.",
    ),
    "move_up": ("上移", "Move up"),
    "move_down": ("下移", "Move down"),
    "download_png": ("下载 PNG", "Download PNG"),
    "download_all_png": ("全部图表 PNG（ZIP）", "All charts as PNG (ZIP)"),
    "download_pptx": ("下载 PPTX 演示文稿", "Download PPTX deck"),
    "download_xlsx": ("图表数据 XLSX", "Chart data as XLSX"),
    "download_docx": ("下载 Word 简报", "Download Word briefing"),
    "notes_chart": ("图表：", "Chart: "),
    "notes_filters": ("筛选条件：", "Filters: "),
    "notes_sources": ("数据来源文件：", "Source files:"),
    "png_unavailable": (
        "服务器无法生成图片：{problem}。安装后重启即可（`make run` 会自动安装）。"
        "现在可以用图表右上角工具栏中的相机按钮下载 PNG（1600 像素宽、2 倍清晰度）。",
        "The server cannot render images: {problem}. Install it and restart (`make run` installs it). "
        "Meanwhile use the camera button in each chart's toolbar to download a PNG (1600 px wide, scale 2).",
    ),
    "no_charts": (
        "还没有可导出的图表：先导入数据，或在“学校对比”“年度趋势”等页面打开一个视图。",
        "No charts to export yet: load data first, or open a view on the Compare or Trends page.",
    ),
    "pptx_needs_png": ("PPTX 和 Word 简报需要服务器端图片，见上方说明。",
                       "The PPTX deck and the Word briefing need server-side images; see above."),
    "upload_needs_analyst": (
        "上传报表和报告、撤销导入需要分析员权限。请先登录。",
        "Uploading sheets and reports and reverting loads needs the analyst role. Please log in.",
    ),
    "tab_sheets": ("上传报表", "Sheets"),
    "tab_reports": ("上传报告", "Reports"),
    "tab_history": ("导入记录", "Batch history"),
    "tab_templates": ("下载模板", "Templates"),
    "sheet_help": (
        "CSV 或 Excel（.xlsx），长表（学校、年份、指标、数值）或宽表（学校、年份、每个指标一列）均可；"
        "表头可用中文或英文，编码自动识别；文件不超过 {mb} MB。先检查、预览，确认后才会写入。",
        "CSV or Excel (.xlsx), long (school, year, indicator, value) or wide (school, year, one column per "
        "indicator); Chinese or English headers; the encoding is detected; up to {mb} MB. Nothing is written "
        "before you confirm the preview.",
    ),
    "choose_sheet": ("选择报表文件", "Choose a sheet"),
    "sheet_problems": ("{file} 有 {n} 个问题，未写入任何数据：", "{file} has {n} problem(s); nothing was written:"),
    "download_problems": ("下载问题清单 CSV", "Download the problems as CSV"),
    "already_imported": ("这个文件已经导入过（批次 {batch}），再次导入不会增加数据。",
                         "This file was already imported (batch {batch}); importing it again adds nothing."),
    "new_figures": ("新增数据", "New figures"),
    "changed_figures": ("与现有数据不同", "Differ from stored figures"),
    "new_schools": ("新学校", "New schools"),
    "matched_schools": ("按名称匹配到已有学校", "Matched to existing schools"),
    "in_sheet": ("表中写法", "In the sheet"),
    "existing_school": ("已有学校", "Existing school"),
    "duplicates_ignored": ("{n} 行与前面的行完全相同，已忽略。", "{n} rows repeat earlier rows and are ignored."),
    "confirm_import": ("确认导入", "Confirm import"),
    "imported": ("已导入：批次 {batch}，{n} 条数据。", "Imported as batch {batch}: {n} figures."),
    "report_help": (
        "上传 .txt、.html、.docx 或 .md 报告（每个不超过 {mb} MB）：系统会抽取数据，请对照原句核对后确认导入。",
        "Upload .txt, .html, .docx or .md reports (up to {mb} MB each): check what was extracted against "
        "the sentences, then confirm.",
    ),
    "choose_reports": ("选择报告文件", "Choose reports"),
    "too_large": ("{file} 超过 {mb} MB 上限。", "{file} is larger than the {mb} MB limit."),
    "no_school": ("未识别学校", "school not recognized"),
    "no_figures_found": ("没有抽取到数据。", "No figures found."),
    "sentence": ("原句", "Sentence"),
    "confirm_reports": ("确认导入 {n} 份报告", "Confirm {n} report(s)"),
    "no_batches": ("还没有导入记录。", "No loads yet."),
    "header_below_titles": ("表头在第 {row} 行；上方 {n} 行是标题，已跳过。",
                            "The header is row {row}; the {n} row(s) above it are titles and were skipped."),
    "report_loaded": ("{doc}：已导入为批次 {batch}（{figures} 条数据、{honours} 项荣誉、{candidates} 个待识别的数字）。",
                      "{doc}: loaded as batch {batch} ({figures} figures, {honours} honours, {candidates} numbers "
                      "to review)."),
    "report_unchanged": ("{doc}：已经导入过，未重复添加。", "{doc}: already loaded; nothing added."),
    "report_updated": ("{doc}：已经导入过，本次补上了全文。", "{doc}: already loaded; its full text was added."),
    "choose_options": ("请选择", "Choose"),
    "figure": ("数据", "figure"),
    "decision_assign": ("指派未识别的数字", "assigned the number"),
    "decision_dismiss": ("忽略未识别的数字", "dismissed the number"),
    "needs_choice": ("需要选择的学校", "Schools that need a choice"),
    "needs_choice_help": (
        "这些校名在已有学校中对应不止一所（例如没有地区的“第二中学”）。请为每个校名选择对应的已有学校，或选择“新学校”；"
        "也可以在报表中加一列地区后重新上传。",
        "These names may be more than one known school (\"第二中学\" with no region, say). Choose the known school "
        "each one is, or \"a new school\"; or add a region column to the sheet and upload it again.",
    ),
    "a_new_school": ("新学校", "a new school"),
    "choose_school": ("请选择", "Choose"),
    "choices_missing": ("还有 {n} 个校名需要选择，选择后才能导入。", "{n} names still need a choice before the import."),
    "batch_to_revert": ("要撤销的批次", "Batch to revert"),
    "revert": ("撤销这个批次", "Revert this batch"),
    "choose_batch": ("请选择一个批次", "Choose a batch"),
    "revert_will_remove": ("撤销后，下列内容将从所有页面移除：批次 {batch}（{what}）。", "Reverting removes this from every page: batch {batch} ({what})."),
    "unreadable_title": ("无法读取数据仓库", "The warehouse cannot be read"),
    "unreadable_body": ("数据仓库文件 {db} 已损坏，或不是本系统的数据仓库，因此无法显示任何页面。原因如下：",
                        "The warehouse file {db} is damaged or is not this system's warehouse, so no page can be shown. "
                        "The reason:"),
    "unreadable_todo": ("处理办法（由管理员操作）：\n\n1. 停止应用，把 {db} 移到别处保存（不要删除）；\n"
                        "2. 若有备份，把备份复制回原位置；否则运行 `make warehouse`（或 `python -m etl build`）重建，"
                        "再重新导入报告与报表；\n3. 重新启动应用。",
                        "What to do (for the administrator):\n\n1. Stop the app and move {db} aside (do not delete it);\n"
                        "2. Copy a backup back in its place, or rebuild with `make warehouse` (or `python -m etl build`) "
                        "and load the reports and sheets again;\n3. Start the app again."),
    "nothing_new": ("这份报表的 {n} 条数据都已在库中且数值相同，导入不会增加任何内容。",
                    "All {n} figures of this sheet are already stored with the same values; importing adds nothing."),
    "no_room": ("磁盘空间不足，无法写入数据仓库；未写入任何内容。请释放磁盘空间后重试。",
                "There is no room on the disk to write the warehouse; nothing was written. Free some disk space and try again."),
    "unexpected_failure": ("操作失败，未写入任何内容（{error}）。请稍后重试；若问题持续，请联系管理员（详情已记录在服务器日志中）。",
                           "That failed and nothing was written ({error}). Try again in a moment; if it keeps failing, "
                           "tell the administrator (the details are in the server log)."),
    "revert_withdraws": ("同时撤回对这些数据所做的 {n} 次审核（批次 {batches}）。",
                         "This also withdraws {n} review(s) made of its figures (batch {batches})."),
    "reverted_withdrew": ("对其数据所做的 {n} 次审核也已撤回。", "{n} review(s) of its figures were withdrawn too."),
    "confirm_revert": ("确认撤销批次 {batch}", "Confirm: revert batch {batch}"),
    "reverted_done": ("已撤销批次 {batch}（{what}），撤销记录为批次 {revert}。",
                      "Batch {batch} ({what}) was reverted; the revert is recorded as batch {revert}."),
    "contents_figures": ("{n} 条数据", "{n} figures"),
    "contents_honours": ("{n} 项荣誉", "{n} honours"),
    "contents_documents": ("{n} 份报告", "{n} reports"),
    "contents_schools": ("{n} 所新学校", "{n} new schools"),
    "contents_from": ("来自 {file}", "from {file}"),
    "template_help": (
        "下载模板，按示例填写后在“上传报表”中导入。数值可写“10+”（至少）、“约40”（约）。",
        "Download a template, fill it in like the example, then import it under Sheets. Values may be "
        "written \"10+\" (at least) or \"约40\" (about).",
    ),
    "template_long": ("长表：每行一个数据", "Long: one figure per row"),
    "template_wide": ("宽表：每个指标一列", "Wide: one column per indicator"),
    "column": ("列", "Column"),
    "reason": ("问题", "Problem"),
    "suggestion": ("建议", "Suggestion"),
    "similar_existing": ("相似的已有学校", "Similar existing school"),
    "stored_value": ("现有值", "Stored"),
    "new_value": ("新值", "New"),
    "stored_source": ("现有值来源", "Stored from"),
    "language": ("语言", "Language"),
    "batch_kind": ("类型", "Kind"),
    "batch_bundled": ("自带数据", "bundled"),
    "batch_report": ("报告", "report"),
    "batch_sheet": ("报表", "sheet"),
    "batch_correction": ("更正", "correction"),
    "batch_review": ("审核", "review"),
    "batch_revert": ("撤销", "revert"),
    "batch_schools": ("学校修改", "schools"),
    "batch_status": ("状态", "Status"),  # a load's: in force, or reverted (not a figure's review status)
    "batch_status_committed": ("有效", "committed"),
    "batch_status_reverted": ("已撤销", "reverted"),
    "note_col": ("说明", "Note"),
    "reverts": ("撤销", "reverts"),
    "profile": ("档案", "Profile"),
    "others": ("其他学校", "Other schools"),
    "saved_views": ("已保存的视图", "Saved views"),
    "no_saved_views": ("还没有保存的视图。", "No saved views yet."),
    "save_view": ("保存或管理视图", "Save or manage views"),
    "view_name": ("当前视图的名称", "Name for this view"),
    "save_this_view": ("保存当前视图", "Save this view"),
    "view_saved": ("已保存视图“{name}”。", "Saved the view \u201c{name}\u201d."),
    "saved_view": ("已保存的视图", "Saved view"),
    "new_view_name": ("新名称", "New name"),
    "rename_view": ("改名", "Rename"),
    "delete_view": ("删除", "Delete"),
    "click_to_open": ("点击柱条可打开该校档案。", "Click a bar to open that school's profile."),
    "overview_limited": (
        "显示数据最全的 {shown} 所学校（共 {total} 所）；用左侧筛选查看其他学校。",
        "Showing the {shown} best-covered schools of {total}; use the filters to see others.",
    ),
    "action": ("操作", "Action"),
    "action_confirm": ("确认", "Confirm"),
    "action_correct": ("更正", "Correct"),
    "action_reject": ("驳回", "Reject"),
    "also_written": ("其他写法", "Also written"),
    "by_year": ("按年份", "by year"),
    "color_by": ("着色", "Colour by"),
    "color_school": ("学校", "School"),
    "color_region": ("地区", "Region"),
    "color_level": ("学段", "Level"),
    "conflict": ("冲突", "Conflict"),
    "conflicts": ("来源冲突", "Conflicting sources"),
    "conflicts_only": ("只看来源有冲突的数据", "Only figures whose sources disagree"),
    "correction": ("更正为", "Corrected to"),
    "doc_type": ("类型", "Type"),
    "doc_case_report": ("案例报告", "case report"),
    "doc_work_plan": ("工作计划", "work plan"),
    "doc_work_summary": ("工作总结", "work summary"),
    "doc_news": ("新闻", "news"),
    "document": ("文档", "Document"),
    "documents": ("来源文档", "Source documents"),
    "show_indicator": ("改看“{name}”", "Show “{name}” instead"),
    "empty_compare": (
        "所选范围内这个指标还没有数据。可以换一个指标或年份、放宽左侧筛选，或在“数据上传”页补充报表。",
        "No figures for this indicator in this view. Try another indicator or year, widen the filters, "
        "or upload a sheet on the Data upload page.",
    ),
    "empty_evidence": (
        "没有符合条件的数据。清空搜索和筛选，或导入报告、上传报表后再来核对。",
        "No figures match. Clear the search and filters, or load reports and sheets first.",
    ),
    "empty_trend": (
        "这个指标还没有带年份的数据。可以换一个指标，或上传按年份填写的报表。",
        "This indicator has no dated figures yet. Pick another indicator or upload a sheet with years.",
    ),
    "evidence": ("证据", "Evidence"),
    "evidence_limit": ("只显示前 500 条，请用筛选或搜索缩小范围。", "Showing the first 500; narrow with filters or search."),
    "evidence_link": ("证据", "Evidence"),
    "figures": ("数据", "Figures"),
    "figures_by_category": ("全部数据（按类别）", "All figures by category"),
    "figures_shown": ("显示的数据", "Figures shown"),
    "file": ("文件", "File"),
    # why an unassigned number was left for review (the extractor's reasons)
    "why_unassigned": ("原因", "Why"),
    "why_no rule": ("无对应规则", "No rule reads it"),
    "why_noun and frame do not decide": ("说法不足以判断", "Its words do not decide"),
    "why_members who became full members": ("预备党员转正（无对应指标）", "Conversion to full member (no indicator)"),
    "why_a figure of another school": ("可能是其他学校的数字", "May be another school's figure"),
    "why_a figure of a wider area": ("可能是整个地区的数字", "May be a whole area's figure"),
    "why_a figure of another organization": ("可能是其他单位的数字", "May be another organization's figure"),
    "why_a figure of one of the school's branches": ("可能是学校其中一个支部的数字", "May be one of the school's branches' figure"),
    "why_activists of one kind beside another": ("一类入党积极分子（与另一类分列，总数未说明）",
                                                 "Activists of one kind, another kind counted apart (no total given)"),
    "why_a rate over several periods": ("几个周期一次的频率", "A rate over several periods"),
    "why_how often each one is visited or helped": ("每人多久走访或帮扶一次，不是人次总数",
                                                    "How often each one is visited or helped, not a total"),
    "why_person-times of a head count": ("人次，而该指标计人数", "Person-times of a head count"),
    "why_recommended for admission": ("推荐入党（不是荣誉）", "Recommended for admission (no honour)"),
    "why_proposed, not yet decided": ("拟议中，尚未决定", "Proposed, not yet decided"),
    "why_people who judged the secretaries' reports": ("参加书记述职评议的人数，不是民主评议党员人数",
                                                       "People who judged the secretaries' reports on their work, not members reviewed"),
    "why_people on each shift": ("每天（每班）值守的人数，非参与总人数", "People on each day's or shift's duty, not all who took part"),
    "why_members of an age": ("某一年龄段（如45岁以下）的党员，非全校党员数",
                              "Members of an age (such as under 45), not all the school's members"),
    "why_people who enter a selection": ("参加评选或比赛的人数，不是民主评议党员人数",
                                         "People who enter a selection or a contest, not members reviewed"),
    "why_more than a school's figure can be": ("超出一所学校可能的数值", "More than a school's figure can be"),
    "why_others beside people named": ("点名者之外的其他人数（总人数需核实）", "Others beside people named (check the total)"),
    "why_how long one day's service took": ("一天服务的时长，不是志愿者服务的总时长",
                                              "How long one day's service took, not the hours its volunteers gave"),
    "why_the count a change started from": ("变化前的数字（时间另计）", "The count a change started from (of an earlier time)"),
    "why_the number expected, the actual one follows": ("应到（应参）人数，实到人数另计", "The number expected; the actual one follows"),
    "why_the number planned, the number done follows": ("计划数，实际完成数另计", "The number planned; the number done follows"),
    "why_people at a meeting": ("会议记录所列的参会、列席人员，非总人数", "People a meeting's record lists as present, no head count"),
    "why_members under a line of help given": ("某项帮扶所列的党员人数（是否全体党员未说明）",
                                                "Members a line of help given counts (whether all of them is not said)"),
    "why_people whose times of volunteering are counted": ("志愿服务人次已另计的人员，非志愿者人数",
                                                           "People whose times of volunteering are counted apart"),
    "why_two schools together": ("两校共同的数字，不属于一所学校", "Two schools' figure together, neither's alone"),
    "why_people who are no members": ("非党员人数，不是党员数", "People who are not party members"),
    "why_branches visited": ("所去的支部数（不是支部总数）", "Branches visited (not all the branches)"),
    "why_an appraisal grade": ("考核评议给出的等次（不是荣誉，也不是总数）", "A grade an appraisal gave (no honour, no total)"),
    "why_a total of several kinds": ("几类活动的合计（不属于单一指标）", "A total of several kinds (no one indicator's)"),
    "why_a count for each of the kinds listed": ("所列各类（如各学科）每类的数字，合计未说明",
                                               "A count for each of the kinds listed (a subject's, say); no total given"),
    "why_activists made candidates for admission": ("积极分子确定为发展对象（无对应指标）",
                                                    "Activists made candidates for admission (no indicator)"),
    "why_candidates for an honour": ("荣誉候选人或推荐人选，尚未获得荣誉", "Candidates put forward for an honour, not yet honoured"),
    "why_members among some of the staff": ("部分教职工（如新教师、青年教师）中的党员，非全校党员数",
                                              "Members among some of the staff (new or young teachers), not all"),
    "why_youth league members admitted": ("发展的共青团员，非党员或志愿者人数",
                                            "Youth League members admitted, not party members or volunteers"),
    "why_members in post, the retired apart": ("在职党员（退休党员另计，总数未说明）",
                                              "Members in post (the retired counted apart; no total given)"),
    "why_student members, a part of the membership": ("学生党员（只是党员的一部分，总数未说明）",
                                                        "Student members (a part of the membership; the total is not said)"),
    "why_members of one kind beside another": ("一类党员（与另一类党员分列，总数未说明）",
                                              "Members of one kind (listed beside another kind; no total given)"),
    "why_branches of one kind beside another": ("一类党支部（与另一类党支部分列，总数未说明）",
                                               "Branches of one kind (listed beside another kind; no total given)"),
    "why_people honoured, not all of them members": ("受表彰者不都是党员（其中的党员另计）",
                                                     "Those honoured are not all members (the members among them are counted apart)"),
    "why_a count it grew from": ("增长前的数字（较早时候的数，不是现在的）",
                                 "The count it grew from (an earlier time's, not the present one)"),
    "why_applicants at the meeting that admits them": ("宣读入党志愿书的申请人（是否被接收为预备党员见他处）",
                                                      "Applicants reading their admission form (whether admitted is said elsewhere)"),
    "why_another body's people": ("其他单位（如共建社区）的人员，非本校数字",
                                  "Another body's people (a partner community, say), not the school's"),
    "why_other": ("其他", "Other"),
    "honour": ("荣誉", "Honour"),
    "honours": ("荣誉", "Honours"),
    "kind": ("性质", "Kind"),
    "left_out": (
        "图中只比较实际完成的总数：另有 {rates} 条按频率表述的数据（见“年度趋势”）和 {targets} 条工作计划目标未计入。",
        "The chart compares totals achieved only: {rates} figures stated as rates (see Trends) and "
        "{targets} work-plan targets are left out.",
    ),
    "loaded_by": ("录入", "Loaded by"),
    "members": ("党员数", "Members"),
    "no_awards": ("还没有荣誉记录。", "No honours recorded yet."),
    "no_composition": ("所选学校还没有按年份的党员构成数据。", "No dated membership figures for these schools yet."),
    "no_documents": ("这所学校的数据来自报表，没有报告原文。", "This school's figures come from sheets; no reports."),
    "no_figures": ("这所学校还没有指标数据。", "No figures for this school yet."),
    "no_full_text": (
        "只有摘录，没有全文：用 `python -m etl ingest` 导入 {document} 即可在句子中查看。",
        "Only the phrase is stored: ingest {document} with `python -m etl ingest` to see it in its sentence.",
    ),
    "no_peers": ("还没有可比较的同学段学校。", "No schools of the same level to compare with yet."),
    "open": ("打开", "open"),
    "peer_schools": ("同学段学校数", "Schools of the level"),
    "peers_caption": (
        "每个指标取该校最新的总数，与所有{level}学校最新数值的中位数比较；横轴为对数刻度。",
        "Each indicator: the school's latest total against the median of all {level} schools' latest; log scale.",
    ),
    "pending": ("待审核", "Pending review"),
    "per10": ("按每10名党员计算", "Per 10 members"),
    "per10_help": (
        "只包括当年党员人数已知的学校（党员总数，或正式党员加预备党员）。",
        "Only schools whose membership for that year is known (total, or full plus probationary members).",
    ),
    "per10_missing": ("{n} 所学校当年党员人数未知，未列入。", "{n} schools without a known membership that year are left out."),
    "per10_short": ("每10名党员", "Per 10 members"),
    "pick_figure": ("查看并审核", "Inspect and review"),
    "candidates": ("未识别的数字", "Unassigned numbers"),
    "candidates_caption": (
        "报告中与党建工作有关、但没有规则能判断其指标的数字。它们不会出现在任何图表中：分析员可以把它指派为某项指标的数据，"
        "或忽略它；两种操作都可以在“数据上传”页撤销。",
        "Numbers in sentences about party work that no rule could assign to an indicator. They never reach a chart: "
        "an analyst assigns one to an indicator or dismisses it, and either can be undone on the Data upload page.",
    ),
    "no_candidates": ("没有待处理的未识别数字。", "No unassigned numbers to look at."),
    "pick_candidate": ("查看并处理", "Inspect and decide"),
    "number": ("数字", "Number"),
    "assign_to": ("指派为指标", "Assign to indicator"),
    "choose_indicator": ("请选择指标", "Choose an indicator"),
    "assign": ("指派为数据", "Assign as a figure"),
    "dismiss": ("忽略", "Dismiss"),
    "candidate_assigned": ("已指派为数据（批次 {batch}），可在图表中查看。", "Assigned as a figure (batch {batch}); it now shows in the charts."),
    "candidate_dismissed": ("已忽略（批次 {batch}）。", "Dismissed (batch {batch})."),
    "login_in_figures_tab": ("请在“数据”标签页登录后再处理。", "Log in on the Figures tab to decide."),
    "pick_up_to_four": ("选择最多四个指标并排比较", "Pick up to four indicators to show side by side"),
    "published": ("发布日期", "Published"),
    "rank": ("排名", "Rank"),
    "ranking": ("排名及来源", "Ranking and sources"),
    "rate": ("频率", "Rate"),
    "rates_caption": (
        "按频率表述的数据（如“每月1次”）单独列出，不与全年总数相加或比较。",
        "Figures stated as rates (\"once a month\") are shown apart and never added to or compared with totals.",
    ),
    "recipient": ("授予对象", "Recipient"),
    "result": ("实际", "result"),
    "reverted": ("已撤销", "reverted"),
    "review": ("审核", "Review"),
    "review_history": ("审核记录", "Review history"),
    "review_saved": ("已保存（批次 {batch}）。", "Saved (batch {batch})."),
    "row": ("行", "row"),  # within a sentence: "data.csv row 3"
    "row_header": ("行", "Row"),  # a table's column
    "search": ("搜索", "Search"),
    "search_hint": ("学校、文件名或原文", "School, file name or source text"),
    "small_multiples": ("多指标并排比较", "Indicators side by side"),
    "small_multiples_hint": ("选择指标后，这里会并排显示各校数值。", "Pick indicators to see the schools side by side."),
    "status": ("审核状态", "Review status"),
    "status_pending": ("待审核", "pending"),
    "status_confirmed": ("已确认", "confirmed"),
    "status_corrected": ("已更正", "corrected"),
    "status_rejected": ("已驳回", "rejected"),
    "submit_review": ("提交审核", "Submit review"),
    "this_school": ("本校", "This school"),
    "title": ("标题", "Title"),
    "trend_caption": (
        "缺少数据的年份留空，不记为零；虚线为工作计划中的目标值。",
        "A missing year is a gap, not a zero; dashed lines are work-plan targets.",
    ),
    "trend_default_schools": (
        "未在左侧选择学校，显示该指标数据最多的 {n} 所学校。",
        "No schools chosen in the sidebar: showing the {n} schools with the most data for this indicator.",
    ),
    "when": ("时间", "When"),
    "who": ("操作人", "Who"),
    "why": ("原因", "Why"),
    "year_zero_none": ("年份（0 表示不详）", "Year (0 = unknown)"),
    "analyst_login": ("分析员登录", "Analyst login"),
    "your_name": ("姓名（记录在每次操作中）", "Your name (recorded with each change)"),
    "password": ("密码", "Password"),
    "log_in": ("登录", "Log in"),
    "log_out": ("退出登录", "Log out"),
    "logged_in_as": ("已登录分析员：{name}", "Analyst: {name}"),
    "name_required": ("请填写姓名。", "Please enter your name."),
    "wrong_password": ("密码不正确。多次输错会被延迟。", "Wrong password. Repeated attempts are slowed down."),
    "no_password_configured": (
        "尚未设置分析员密码：运行 `make run` 会生成一个，或设置 PBD_ANALYST_PASSWORD。",
        "No analyst password is set: `make run` generates one, or set PBD_ANALYST_PASSWORD.",
    ),
    "analysts_only": ("此操作仅限分析员，请先登录。", "Analysts only: please log in first."),
    "target": ("目标", "target"),
    "cadence_unit_day": ("天", "day"),
    "cadence_unit_week": ("周", "week"),
    "cadence_unit_month": ("月", "month"),
    "cadence_unit_quarter": ("季度", "quarter"),
    "cadence_unit_term": ("学期", "term"),
    "cadence_unit_half_year": ("半年", "half-year"),
    "cadence_unit_year": ("年", "year"),
    "cadence_quarter": ("每季度", "per quarter"),
    "cadence": ("频率", "Cadence"),
    "times_per_period": ("每个周期的次数", "Times per period"),
    "rates_title": ("按频率表述的数据（不与总数相加）", "Figures stated as rates (never added to totals)"),
    "composition_title": ("党员队伍构成（按年）", "Membership composition by year"),
    "awards_timeline_title": ("荣誉时间线", "Honours timeline"),
    "awards_by_level_title": ("各级荣誉数量", "Honours by level"),
    "level_of_award": ("级别", "Level"),
    "honours_count": ("荣誉数", "Honours"),
    "recipient_organization": ("集体", "organization"),
    "recipient_individual": ("个人", "individual"),
    "peers_title": ("与同学段学校中位数对比", "Against the median of schools of the same level"),
    "peer_median": ("同学段中位数", "Median of same-level schools"),
    "value_log": ("数值（对数刻度）", "Value (log scale)"),
    "per10_axis": ("{indicator}（每10名党员）", "{indicator} per 10 members"),
}


def t(key: str, lang: str = "zh") -> str:
    """The string for `key` in `lang`; an unknown key shows itself (visible in tests, never a crash)."""
    pair = STRINGS.get(key)
    if pair is None:
        return key
    return pair[0] if lang == "zh" else pair[1]


QUALIFIER_SIGNS = {"exact": "", "at_least": "+", "approx": "≈", "at_most": "≤"}


def place(name, lang: str):
    """A place's name in the UI language: in English, as English texts write it ("Chaoyang District",
    etl.places.english_name); anything that is no name (None, NaN) as it is."""
    if lang != "en" or not isinstance(name, str):
        return name
    from etl.places import english_name

    return english_name(name)


def labelled(name: str, value, lang: str) -> str:
    """"年份：2021" / "Year: 2021": a label and its value, punctuated in the language."""
    return f"{name}：{value}" if lang == "zh" else f"{name}: {value}"


def joined(items, lang: str) -> str:
    """"重庆市、福建省" / "重庆市, 福建省": items listed in the language."""
    return ("、" if lang == "zh" else ", ").join(items)


def bracketed(text: str, lang: str) -> str:
    """"（目标）" / " (target)": a remark after a name, bracketed in the language."""
    return f"（{text}）" if lang == "zh" else f" ({text})"


def quote(phrase: str, lang: str) -> str:
    """"「有正式党员20人」" / "“有正式党员20人”": exact words, quoted in the language."""
    return f"「{phrase}」" if lang == "zh" else f"“{phrase}”"


def quoted(source: str, phrase: str, lang: str) -> str:
    """"report.txt：「有正式党员20人」" / "report.txt: “有正式党员20人”": a source and its exact words."""
    return labelled(source, quote(phrase, lang), lang)


def format_number(value: float) -> str:
    """'1,200' for a whole number, '12.5' for one with a fraction."""
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,.1f}"


def format_value(value: float | None, qualifier: str | None = "exact") -> str:
    """'40+' for at least 40, '≈40' for about 40, '≤40' for at most 40."""
    if value is None:
        return ""
    number = format_number(value)
    if qualifier == "at_least":
        return number + "+"
    if qualifier in ("approx", "at_most"):
        return QUALIFIER_SIGNS[qualifier] + number
    return number


def format_year_span(first, last) -> str:
    """'2016–2021', '2019', or '—' when no figure is dated."""
    def year(v):
        try:
            return int(v)
        except (TypeError, ValueError):
            return None

    a, b = year(first), year(last)
    if a is None or b is None:
        return "—"
    return str(a) if a == b else f"{a}–{b}"


def format_rate(value: float, qualifier: str | None, cadence: str, lang: str = "zh") -> str:
    """'每月1' in Chinese, '1 per month' in English."""
    unit = t(f"cadence_unit_{cadence}", lang)
    number = format_value(value, qualifier)
    return f"每{unit}{number}" if lang == "zh" else f"{number} per {unit}"
