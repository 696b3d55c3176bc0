import type { AreaMessages } from '../../i18n/area-messages';

/** Messages of the trainer's exam list and builder; zh-CN must have every key. */
export const examBuilderEn = {
  'exams.builder.title': 'Exams',
  'exams.builder.newTitle': 'New exam',
  'exams.builder.editTitle': 'Edit exam',
  'exams.builder.backToStudio': 'Studio',
  'exams.builder.backToList': 'All exams',
  'exams.builder.dashboard': 'Dashboard',
  'exams.builder.statistics': 'Item statistics',
  'exams.builder.minutes': '{count, plural, one {# minute} other {# minutes}}',
  'exams.builder.minutesUnit': 'min',
  'exams.builder.unsaved': 'You have unsaved changes.',

  'exams.builder.home.examsBody':
    'Build exams from fixed questions and random draws, publish them to teams and follow the results.',
  'exams.builder.home.openExams': 'Open exams',
  'exams.builder.home.gradingTitle': 'Grading',
  'exams.builder.home.gradingBody':
    'Grade open answers waiting for a trainer, oldest first, with the rubric beside each answer.',
  'exams.builder.home.openGrading': 'Open the grading queue',

  'exams.builder.list.new': 'New exam',
  'exams.builder.list.filter.label': 'Show exams by status',
  'exams.builder.list.filter.all': 'All ({count})',
  'exams.builder.list.filter.draft': 'Drafts ({count})',
  'exams.builder.list.filter.published': 'Published ({count})',
  'exams.builder.list.filter.archived': 'Archived ({count})',
  'exams.builder.list.search': 'Search by title',
  'exams.builder.list.count':
    '{count, plural, =0 {No exams shown} one {# exam} other {# exams}}',
  'exams.builder.list.table': 'Exams',
  'exams.builder.list.column.title': 'Title',
  'exams.builder.list.column.status': 'Status',
  'exams.builder.list.column.questions': 'Questions',
  'exams.builder.list.column.window': 'Open window',
  'exams.builder.list.column.attempts': 'Attempts',
  'exams.builder.list.updated': 'Updated {date}',
  'exams.builder.list.opens': 'Opens {date}',
  'exams.builder.list.closes': 'Closes {date}',
  'exams.builder.list.now': 'now',
  'exams.builder.list.never': 'never',
  'exams.builder.list.always': 'Always open',
  'exams.builder.list.untimed': 'Untimed',
  'exams.builder.list.attempts':
    '{inProgress} in progress · {submitted} submitted',
  'exams.builder.list.actionsFor': 'Actions for {title}',
  'exams.builder.list.view': 'View',
  'exams.builder.list.empty':
    'No exams yet. Create one to assemble questions and publish it to your agents.',
  'exams.builder.list.emptyFiltered': 'No exam matches these filters.',

  'exams.builder.archive.action': 'Archive',
  'exams.builder.archive.title': 'Archive “{title}”?',
  'exams.builder.archive.message':
    'Agents can no longer start it. Finished attempts and their results stay available.',
  'exams.builder.archive.confirm': 'Archive',
  'exams.builder.archive.done': '“{title}” was archived.',

  'exams.builder.status.draft': 'Draft',
  'exams.builder.status.published': 'Published',
  'exams.builder.status.archived': 'Archived',

  'exams.builder.purpose.practice': 'Practice',
  'exams.builder.purpose.course_check': 'Course check',
  'exams.builder.purpose.certification': 'Certification exam',
  'exams.builder.purpose.diagnostic': 'Diagnostic',
  'exams.builder.purposeHint.practice':
    'Low stakes: agents learn from feedback; a pass mark is optional.',
  'exams.builder.purposeHint.course_check':
    'Checks that a course was understood; usually has a pass mark.',
  'exams.builder.purposeHint.certification':
    'Counts towards a certification level; set a pass mark.',
  'exams.builder.purposeHint.diagnostic':
    'Covers every capability dimension to draw an agent’s first radar.',

  'exams.builder.grading.highest': 'Highest attempt',
  'exams.builder.grading.last': 'Last attempt',
  'exams.builder.grading.average': 'Average of attempts',
  'exams.builder.grading.first': 'First attempt',

  'exams.builder.review.immediately': 'Right after submitting',
  'exams.builder.review.after_close': 'After the exam closes',
  'exams.builder.review.never': 'Never',
  'exams.builder.review.what': 'What agents see',
  'exams.builder.review.score': 'Their score',
  'exams.builder.review.correctness': 'Which answers were right or wrong',
  'exams.builder.review.correctAnswers': 'The correct answers',
  'exams.builder.review.feedback': 'Feedback written for each answer',

  'exams.builder.layout.one_per_page': 'One question per page',
  'exams.builder.layout.all_on_one_page': 'All questions on one page',
  'exams.builder.navigation.free': 'Free: agents can go back and forth',
  'exams.builder.navigation.sequential': 'Sequential: no going back',

  'exams.builder.settings.title': 'Settings',
  'exams.builder.settings.timing': 'Timing',
  'exams.builder.settings.attempts': 'Attempts',
  'exams.builder.scoring.title': 'Scoring',
  'exams.builder.questions.title': 'Questions',
  'exams.builder.questions.subtitle':
    'Fixed questions are the same for everyone; a random draw gives each attempt its own questions.',
  'exams.builder.delivery.title': 'Delivery and review',

  'exams.builder.field.title': 'Title',
  'exams.builder.field.description': 'Description',
  'exams.builder.field.purpose': 'Purpose',
  'exams.builder.field.timeLimit': 'Time limit',
  'exams.builder.field.opensAt': 'Opens',
  'exams.builder.field.closesAt': 'Closes',
  'exams.builder.field.maxAttempts': 'Attempts allowed',
  'exams.builder.field.cooldown': 'Wait between attempts',
  'exams.builder.field.passPercent': 'Pass mark',
  'exams.builder.field.gradingMethod': 'Score that counts',
  'exams.builder.field.dimensionPassMarks':
    'Pass marks per capability dimension',
  'exams.builder.field.dimensionPassMarkRow': 'Dimension pass mark {n}',
  'exams.builder.field.dimension': 'Capability dimension',
  'exams.builder.field.percent': 'Minimum',
  'exams.builder.field.shuffleQuestions': 'Shuffle the order of questions',
  'exams.builder.field.shuffleOptions': 'Shuffle the options within questions',
  'exams.builder.field.layout': 'Layout',
  'exams.builder.field.navigation': 'Navigation',
  'exams.builder.field.review': 'Review after submitting',
  'exams.builder.field.reviewWhen': 'Agents can review',
  'exams.builder.field.sectionTitle': 'Section title',
  'exams.builder.field.bank': 'Question bank',
  'exams.builder.field.category': 'Category',
  'exams.builder.field.minDifficulty': 'Difficulty from',
  'exams.builder.field.maxDifficulty': 'Difficulty up to',
  'exams.builder.field.types': 'Question types',
  'exams.builder.field.tags': 'Any of these tags',
  'exams.builder.field.count': 'Questions to draw',
  'exams.builder.field.points': 'Points',
  'exams.builder.field.pointsEach': 'Points each',
  'exams.builder.field.question': 'Question',

  'exams.builder.hint.description': 'Shown to agents before they start.',
  'exams.builder.hint.timeLimit': 'Leave empty for no time limit.',
  'exams.builder.hint.opensAt':
    'Your local time. Empty: open as soon as it is published.',
  'exams.builder.hint.closesAt': 'Your local time. Empty: stays open.',
  'exams.builder.hint.maxAttempts': 'Leave empty for unlimited attempts.',
  'exams.builder.hint.cooldown': '0 lets agents retry at once.',
  'exams.builder.hint.passPercent':
    'Percent of the total points. Empty: no pass mark (practice).',
  'exams.builder.hint.gradingMethod':
    'Which attempt decides the result when there are several.',
  'exams.builder.hint.dimensionPassMarks':
    'Optional: an agent also needs at least this percent in the dimension to pass.',
  'exams.builder.hint.reviewWhen':
    'Answer keys are never shown before this, whatever you tick below.',
  'exams.builder.hint.sectionTitle':
    'Optional; agents see it as the heading of the section.',
  'exams.builder.hint.drawTags':
    'Press Enter or type a comma after each tag. Empty: any tag.',

  'exams.builder.addDimensionMark': 'Add a dimension pass mark',
  'exams.builder.removeDimensionMark': 'Remove dimension pass mark {n}',

  'exams.builder.section.label': 'Section {n}',
  'exams.builder.section.items': 'Questions of section {n}',
  'exams.builder.section.empty': 'No questions in this section yet.',
  'exams.builder.section.add': 'Add a section',
  'exams.builder.section.addQuestions': 'Add questions…',
  'exams.builder.section.addDraw': 'Add a random draw',
  'exams.builder.section.removeTitle': 'Remove section {n}?',
  'exams.builder.section.removeMessage':
    '{count, plural, one {Its # question or draw is removed with it.} other {Its # questions and draws are removed with it.}}',
  'exams.builder.section.removeConfirm': 'Remove section',
  'exams.builder.item.label': 'Item {n}',
  'exams.builder.item.what': 'item {n}',
  'exams.builder.item.missingQuestion': 'This question no longer exists',

  'exams.builder.draw.title': 'Random draw · item {n}',
  'exams.builder.draw.anyCategory': 'Any category',
  'exams.builder.draw.includeSub': 'Include subcategories',
  'exams.builder.draw.anyDimension': 'Any dimension',
  'exams.builder.draw.anyDifficulty': 'Any',
  'exams.builder.draw.anyType': 'Any type',
  'exams.builder.draw.counting': 'Counting matching questions…',
  'exams.builder.draw.matches':
    '{count, plural, =0 {No active question matches} one {# active question matches} other {# active questions match}}',
  'exams.builder.draw.notEnough': 'Not enough questions.',
  'exams.builder.draw.shortfall':
    'Only {available} match but the draw asks for {count}: lower the count or widen the filters.',
  'exams.builder.draw.chooseBank':
    'Choose a bank and a sound difficulty range to see how many questions match.',

  'exams.builder.picker.title': 'Add questions to section {n}',
  'exams.builder.picker.filters': 'Find questions',
  'exams.builder.picker.count':
    '{count, plural, =0 {No active question found} one {# active question} other {# active questions}}',
  'exams.builder.picker.selected': '{count} selected',
  'exams.builder.picker.results': 'Questions found',
  'exams.builder.picker.inExam': 'Already in this exam',
  'exams.builder.picker.preview': 'Preview',
  'exams.builder.picker.previewOf': 'Preview {name}',
  'exams.builder.picker.previewHint':
    'Choose Preview on a question to see it as an agent will.',
  'exams.builder.picker.empty':
    'No active question matches. Try other filters or another bank.',
  'exams.builder.picker.points': 'Points for each question',
  'exams.builder.picker.pointsHint':
    'Empty: each question keeps its own default points.',
  'exams.builder.picker.add':
    '{count, plural, =0 {Add questions} one {Add # question} other {Add # questions}}',
  'exams.builder.picker.added':
    '{count, plural, one {# question added} other {# questions added}} to section {n}.',

  'exams.builder.audience.title': 'Audience',
  'exams.builder.audience.subtitle':
    'Only the people chosen here see the exam and can start it.',
  'exams.builder.audience.everyone': 'Everyone in the organisation',
  'exams.builder.audience.chosen': 'Chosen teams and people',
  'exams.builder.audience.teams': 'Teams',
  'exams.builder.audience.team':
    '{name} ({count, plural, one {# member} other {# members}})',
  'exams.builder.audience.noTeams': 'There are no teams yet.',
  'exams.builder.audience.people': 'People',
  'exams.builder.audience.search': 'Find an agent',
  'exams.builder.audience.searchHint':
    'Type at least 2 characters of a name, e-mail or employee number.',
  'exams.builder.audience.results': 'Agents found',
  'exams.builder.audience.noResults': 'No agent found.',
  'exams.builder.audience.add': 'Add {name}',
  'exams.builder.audience.addShort': 'Add',
  'exams.builder.audience.isChosen': 'Added',
  'exams.builder.audience.remove': 'Remove {name}',
  'exams.builder.audience.added': '{name} added. Save to apply.',
  'exams.builder.audience.removed': '{name} removed. Save to apply.',

  'exams.builder.issue.required': 'This field is required.',
  'exams.builder.issue.wholeNumber':
    'Enter a whole number from {min} to {max}.',
  'exams.builder.issue.number': 'Enter a number from {min} to {max}.',
  'exams.builder.issue.date': 'Enter a complete date and time.',
  'exams.builder.issue.closesBeforeOpens':
    'The exam must close after it opens.',
  'exams.builder.issue.difficultyOrder':
    'The highest difficulty is below the lowest.',
  'exams.builder.issue.dimensionTwice':
    'This dimension already has a pass mark.',
  'exams.builder.issues.title':
    '{count, plural, one {# thing to fix before saving} other {# things to fix before saving}}',

  'exams.builder.save.draft': 'Save draft',
  'exams.builder.save.changes': 'Save changes',
  'exams.builder.save.saving': 'Saving…',
  'exams.builder.save.draftSaved': 'Draft saved.',
  'exams.builder.save.saved': 'Changes saved.',
  'exams.builder.save.refusedPublished':
    'These changes were not saved: a published exam must stay ready to take. See the checklist.',
  'exams.builder.publishedNote':
    'This exam is published. Changes apply to attempts started after you save; attempts already started keep their questions.',
  'exams.builder.archivedNote':
    'This exam is archived and can no longer change.',

  'exams.builder.summary.title': 'Summary',
  'exams.builder.summary.questions': 'Questions per attempt',
  'exams.builder.summary.points': 'Total points',
  'exams.builder.summary.publishedAt': 'Published {date}',
  'exams.builder.summary.unsaved':
    'Figures and checklist are as of the last save.',
  'exams.builder.summary.notSaved':
    'Save the draft to see how many questions and points an attempt holds, and what still stops publishing.',
  'exams.builder.checklist.title': 'Publish checklist',
  'exams.builder.checklist.clear': 'Ready to publish.',
  'exams.builder.checklist.allPass': 'Every check passes.',
  'exams.builder.checklist.count':
    '{count, plural, =0 {Nothing blocks publishing; see the advice below.} one {# item blocks publishing.} other {# items block publishing.}}',
  'exams.builder.checklist.blocking': 'Must fix',
  'exams.builder.checklist.advice': 'Advice',
  'exams.builder.checklist.refused':
    'The exam was not published: fix the items below and try again.',
  'exams.builder.problem.no_questions': 'The exam has no questions yet.',
  'exams.builder.problem.draw_unfillable':
    'Section {section}, item {item}: the draw asks for {requested} questions but only {available} match.',
  'exams.builder.problem.question_unavailable':
    'Section {section}, item {item}: the question was retired or deleted.',
  'exams.builder.problem.no_pass_mark':
    'A certification exam or course check usually has a pass mark.',
  'exams.builder.problem.window_invalid': 'The exam closes before it opens.',
  'exams.builder.problem.dimension_not_measured':
    'No question in the exam measures “{dimension}”, which has a pass mark.',
  'exams.builder.problem.no_audience':
    'Nobody is assigned: choose everyone, teams or people.',
  'exams.builder.publish.action': 'Publish',
  'exams.builder.publish.saveAndPublish': 'Save and publish',
  'exams.builder.publish.done': '“{title}” is published.',

  'exams.builder.leave.title': 'Leave without saving?',
  'exams.builder.leave.message':
    'Your changes to this exam have not been saved.',
  'exams.builder.leave.confirm': 'Leave',
};

export const examBuilderZhCn: Record<keyof typeof examBuilderEn, string> = {
  'exams.builder.title': '考试',
  'exams.builder.newTitle': '新建考试',
  'exams.builder.editTitle': '编辑考试',
  'exams.builder.backToStudio': '培训工作台',
  'exams.builder.backToList': '全部考试',
  'exams.builder.dashboard': '考试看板',
  'exams.builder.statistics': '试题分析',
  'exams.builder.minutes': '{count} 分钟',
  'exams.builder.minutesUnit': '分钟',
  'exams.builder.unsaved': '有尚未保存的修改。',

  'exams.builder.home.examsBody':
    '用固定试题和随机抽题组卷，发布给指定团队，并跟踪考试结果。',
  'exams.builder.home.openExams': '进入考试管理',
  'exams.builder.home.gradingTitle': '人工评分',
  'exams.builder.home.gradingBody':
    '按提交先后批改待评分的主观题，评分标准就在答案旁边。',
  'exams.builder.home.openGrading': '打开评分队列',

  'exams.builder.list.new': '新建考试',
  'exams.builder.list.filter.label': '按状态筛选考试',
  'exams.builder.list.filter.all': '全部（{count}）',
  'exams.builder.list.filter.draft': '草稿（{count}）',
  'exams.builder.list.filter.published': '已发布（{count}）',
  'exams.builder.list.filter.archived': '已归档（{count}）',
  'exams.builder.list.search': '按标题搜索',
  'exams.builder.list.count':
    '{count, plural, =0 {没有符合条件的考试} other {共 # 场考试}}',
  'exams.builder.list.table': '考试列表',
  'exams.builder.list.column.title': '标题',
  'exams.builder.list.column.status': '状态',
  'exams.builder.list.column.questions': '题数',
  'exams.builder.list.column.window': '开放时间',
  'exams.builder.list.column.attempts': '作答情况',
  'exams.builder.list.updated': '更新于 {date}',
  'exams.builder.list.opens': '开始：{date}',
  'exams.builder.list.closes': '截止：{date}',
  'exams.builder.list.now': '立即',
  'exams.builder.list.never': '不截止',
  'exams.builder.list.always': '始终开放',
  'exams.builder.list.untimed': '不限时',
  'exams.builder.list.attempts': '进行中 {inProgress} · 已提交 {submitted}',
  'exams.builder.list.actionsFor': '“{title}”的操作',
  'exams.builder.list.view': '查看',
  'exams.builder.list.empty':
    '还没有考试。新建一场考试，组好试题后即可发布给客服专员。',
  'exams.builder.list.emptyFiltered': '没有符合筛选条件的考试。',

  'exams.builder.archive.action': '归档',
  'exams.builder.archive.title': '归档“{title}”？',
  'exams.builder.archive.message':
    '归档后学员将无法再开始这场考试，已完成的作答和成绩仍会保留。',
  'exams.builder.archive.confirm': '归档',
  'exams.builder.archive.done': '“{title}”已归档。',

  'exams.builder.status.draft': '草稿',
  'exams.builder.status.published': '已发布',
  'exams.builder.status.archived': '已归档',

  'exams.builder.purpose.practice': '练习',
  'exams.builder.purpose.course_check': '课程测验',
  'exams.builder.purpose.certification': '认证考试',
  'exams.builder.purpose.diagnostic': '能力诊断',
  'exams.builder.purposeHint.practice':
    '不计入考核，学员通过反馈学习；及格线可不设。',
  'exams.builder.purposeHint.course_check':
    '检验课程是否掌握，通常需要设置及格线。',
  'exams.builder.purposeHint.certification': '计入认证等级，请设置及格线。',
  'exams.builder.purposeHint.diagnostic':
    '覆盖全部能力维度，用来生成学员的第一张能力雷达图。',

  'exams.builder.grading.highest': '取最高分',
  'exams.builder.grading.last': '取最后一次',
  'exams.builder.grading.average': '取平均分',
  'exams.builder.grading.first': '取第一次',

  'exams.builder.review.immediately': '提交后立即',
  'exams.builder.review.after_close': '考试截止后',
  'exams.builder.review.never': '不允许查看',
  'exams.builder.review.what': '学员可以看到',
  'exams.builder.review.score': '自己的得分',
  'exams.builder.review.correctness': '每题答对还是答错',
  'exams.builder.review.correctAnswers': '正确答案',
  'exams.builder.review.feedback': '每个答案的反馈',

  'exams.builder.layout.one_per_page': '每页一题',
  'exams.builder.layout.all_on_one_page': '所有题目在同一页',
  'exams.builder.navigation.free': '自由作答：可以来回切换题目',
  'exams.builder.navigation.sequential': '顺序作答：不能返回上一题',

  'exams.builder.settings.title': '基本设置',
  'exams.builder.settings.timing': '时间',
  'exams.builder.settings.attempts': '作答次数',
  'exams.builder.scoring.title': '评分',
  'exams.builder.questions.title': '试题',
  'exams.builder.questions.subtitle':
    '固定试题人人相同；随机抽题会为每次作答单独抽取题目。',
  'exams.builder.delivery.title': '作答与回看',

  'exams.builder.field.title': '标题',
  'exams.builder.field.description': '说明',
  'exams.builder.field.purpose': '用途',
  'exams.builder.field.timeLimit': '限时',
  'exams.builder.field.opensAt': '开始时间',
  'exams.builder.field.closesAt': '截止时间',
  'exams.builder.field.maxAttempts': '允许作答次数',
  'exams.builder.field.cooldown': '两次作答间隔',
  'exams.builder.field.passPercent': '及格线',
  'exams.builder.field.gradingMethod': '成绩计算方式',
  'exams.builder.field.dimensionPassMarks': '各能力维度及格线',
  'exams.builder.field.dimensionPassMarkRow': '维度及格线 {n}',
  'exams.builder.field.dimension': '能力维度',
  'exams.builder.field.percent': '最低得分率',
  'exams.builder.field.shuffleQuestions': '打乱题目顺序',
  'exams.builder.field.shuffleOptions': '打乱选项顺序',
  'exams.builder.field.layout': '版式',
  'exams.builder.field.navigation': '答题导航',
  'exams.builder.field.review': '提交后回看',
  'exams.builder.field.reviewWhen': '学员何时可以回看',
  'exams.builder.field.sectionTitle': '部分标题',
  'exams.builder.field.bank': '题库',
  'exams.builder.field.category': '分类',
  'exams.builder.field.minDifficulty': '最低难度',
  'exams.builder.field.maxDifficulty': '最高难度',
  'exams.builder.field.types': '题型',
  'exams.builder.field.tags': '包含任一标签',
  'exams.builder.field.count': '抽题数量',
  'exams.builder.field.points': '分值',
  'exams.builder.field.pointsEach': '每题分值',
  'exams.builder.field.question': '试题',

  'exams.builder.hint.description': '学员开始考试前可以看到。',
  'exams.builder.hint.timeLimit': '留空表示不限时。',
  'exams.builder.hint.opensAt': '按您的本地时间。留空则发布后立即开放。',
  'exams.builder.hint.closesAt': '按您的本地时间。留空则一直开放。',
  'exams.builder.hint.maxAttempts': '留空表示不限次数。',
  'exams.builder.hint.cooldown': '填 0 表示可以立即重考。',
  'exams.builder.hint.passPercent':
    '占总分的百分比。留空表示不设及格线（练习）。',
  'exams.builder.hint.gradingMethod': '多次作答时，以哪一次的成绩为准。',
  'exams.builder.hint.dimensionPassMarks':
    '可选：学员在该维度的得分率也要达到这个值才算通过。',
  'exams.builder.hint.reviewWhen':
    '在此之前绝不会显示答案，无论下面勾选了什么。',
  'exams.builder.hint.sectionTitle': '可选；学员会看到它作为这一部分的标题。',
  'exams.builder.hint.drawTags':
    '每输入一个标签按回车或逗号。留空表示不限标签。',

  'exams.builder.addDimensionMark': '添加维度及格线',
  'exams.builder.removeDimensionMark': '删除维度及格线 {n}',

  'exams.builder.section.label': '第 {n} 部分',
  'exams.builder.section.items': '第 {n} 部分的试题',
  'exams.builder.section.empty': '这一部分还没有试题。',
  'exams.builder.section.add': '添加一个部分',
  'exams.builder.section.addQuestions': '添加试题…',
  'exams.builder.section.addDraw': '添加随机抽题',
  'exams.builder.section.removeTitle': '删除第 {n} 部分？',
  'exams.builder.section.removeMessage':
    '其中的 {count} 道试题或抽题规则会一并删除。',
  'exams.builder.section.removeConfirm': '删除这一部分',
  'exams.builder.item.label': '第 {n} 项',
  'exams.builder.item.what': '第 {n} 项',
  'exams.builder.item.missingQuestion': '这道试题已不存在',

  'exams.builder.draw.title': '随机抽题 · 第 {n} 项',
  'exams.builder.draw.anyCategory': '不限分类',
  'exams.builder.draw.includeSub': '包含子分类',
  'exams.builder.draw.anyDimension': '不限维度',
  'exams.builder.draw.anyDifficulty': '不限',
  'exams.builder.draw.anyType': '不限题型',
  'exams.builder.draw.counting': '正在统计符合条件的试题…',
  'exams.builder.draw.matches':
    '{count, plural, =0 {没有符合条件的启用试题} other {有 # 道启用试题符合条件}}',
  'exams.builder.draw.notEnough': '试题不足。',
  'exams.builder.draw.shortfall':
    '只有 {available} 道符合条件，但需要抽取 {count} 道：请减少数量或放宽条件。',
  'exams.builder.draw.chooseBank':
    '请选择题库并设置合理的难度范围，即可看到符合条件的题数。',

  'exams.builder.picker.title': '向第 {n} 部分添加试题',
  'exams.builder.picker.filters': '查找试题',
  'exams.builder.picker.count':
    '{count, plural, =0 {没有找到启用的试题} other {共 # 道启用试题}}',
  'exams.builder.picker.selected': '已选 {count} 道',
  'exams.builder.picker.results': '查找结果',
  'exams.builder.picker.inExam': '已在本考试中',
  'exams.builder.picker.preview': '预览',
  'exams.builder.picker.previewOf': '预览“{name}”',
  'exams.builder.picker.previewHint':
    '点击试题旁的“预览”，即可看到学员看到的样子。',
  'exams.builder.picker.empty':
    '没有符合条件的启用试题，请换个条件或题库试试。',
  'exams.builder.picker.points': '每题分值',
  'exams.builder.picker.pointsHint': '留空则每道题使用各自的默认分值。',
  'exams.builder.picker.add':
    '{count, plural, =0 {添加试题} other {添加 # 道试题}}',
  'exams.builder.picker.added': '已向第 {n} 部分添加 {count} 道试题。',

  'exams.builder.audience.title': '考试对象',
  'exams.builder.audience.subtitle': '只有这里选中的人能看到并参加这场考试。',
  'exams.builder.audience.everyone': '全体人员',
  'exams.builder.audience.chosen': '指定团队和人员',
  'exams.builder.audience.teams': '团队',
  'exams.builder.audience.team': '{name}（{count} 人）',
  'exams.builder.audience.noTeams': '还没有团队。',
  'exams.builder.audience.people': '人员',
  'exams.builder.audience.search': '查找客服专员',
  'exams.builder.audience.searchHint': '输入姓名、邮箱或工号，至少 2 个字符。',
  'exams.builder.audience.results': '查找结果',
  'exams.builder.audience.noResults': '没有找到客服专员。',
  'exams.builder.audience.add': '添加 {name}',
  'exams.builder.audience.addShort': '添加',
  'exams.builder.audience.isChosen': '已添加',
  'exams.builder.audience.remove': '移除 {name}',
  'exams.builder.audience.added': '已添加 {name}，保存后生效。',
  'exams.builder.audience.removed': '已移除 {name}，保存后生效。',

  'exams.builder.issue.required': '此项为必填。',
  'exams.builder.issue.wholeNumber': '请输入 {min} 到 {max} 之间的整数。',
  'exams.builder.issue.number': '请输入 {min} 到 {max} 之间的数字。',
  'exams.builder.issue.date': '请输入完整的日期和时间。',
  'exams.builder.issue.closesBeforeOpens': '截止时间必须晚于开始时间。',
  'exams.builder.issue.difficultyOrder': '最高难度低于最低难度。',
  'exams.builder.issue.dimensionTwice': '这个维度已经设置了及格线。',
  'exams.builder.issues.title': '保存前还有 {count} 处需要修改',

  'exams.builder.save.draft': '保存草稿',
  'exams.builder.save.changes': '保存修改',
  'exams.builder.save.saving': '正在保存…',
  'exams.builder.save.draftSaved': '草稿已保存。',
  'exams.builder.save.saved': '修改已保存。',
  'exams.builder.save.refusedPublished':
    '修改未保存：已发布的考试必须始终可以作答，请查看发布检查清单。',
  'exams.builder.publishedNote':
    '这场考试已发布。保存后的修改只影响之后开始的作答，已开始的作答保留原有试题。',
  'exams.builder.archivedNote': '这场考试已归档，不能再修改。',

  'exams.builder.summary.title': '概览',
  'exams.builder.summary.questions': '每次作答题数',
  'exams.builder.summary.points': '总分',
  'exams.builder.summary.publishedAt': '发布于 {date}',
  'exams.builder.summary.unsaved': '题数、总分和检查清单以上次保存为准。',
  'exams.builder.summary.notSaved':
    '保存草稿后，这里会显示每次作答的题数和总分，以及还有哪些问题妨碍发布。',
  'exams.builder.checklist.title': '发布检查清单',
  'exams.builder.checklist.clear': '可以发布了。',
  'exams.builder.checklist.allPass': '各项检查均已通过。',
  'exams.builder.checklist.count':
    '{count, plural, =0 {没有妨碍发布的问题，请看下面的建议。} other {有 # 个问题妨碍发布。}}',
  'exams.builder.checklist.blocking': '必须修改',
  'exams.builder.checklist.advice': '建议',
  'exams.builder.checklist.refused': '考试未能发布：请修改下列问题后再试。',
  'exams.builder.problem.no_questions': '考试还没有试题。',
  'exams.builder.problem.draw_unfillable':
    '第 {section} 部分第 {item} 项：需要抽取 {requested} 道题，但只有 {available} 道符合条件。',
  'exams.builder.problem.question_unavailable':
    '第 {section} 部分第 {item} 项：这道试题已停用或已删除。',
  'exams.builder.problem.no_pass_mark':
    '认证考试或课程测验通常需要设置及格线。',
  'exams.builder.problem.window_invalid': '考试的截止时间早于开始时间。',
  'exams.builder.problem.dimension_not_measured':
    '考试中没有试题考查“{dimension}”，但它设置了及格线。',
  'exams.builder.problem.no_audience':
    '还没有指定考试对象：请选择全体人员、团队或人员。',
  'exams.builder.publish.action': '发布',
  'exams.builder.publish.saveAndPublish': '保存并发布',
  'exams.builder.publish.done': '“{title}”已发布。',

  'exams.builder.leave.title': '不保存就离开？',
  'exams.builder.leave.message': '您对这场考试的修改还没有保存。',
  'exams.builder.leave.confirm': '离开',
};

export type ExamBuilderMessageKey = keyof typeof examBuilderEn;

/** Registered by the studio's routes (provideAreaMessages). */
export const examBuilderMessages: AreaMessages<keyof typeof examBuilderEn> = {
  en: examBuilderEn,
  'zh-CN': examBuilderZhCn,
};
