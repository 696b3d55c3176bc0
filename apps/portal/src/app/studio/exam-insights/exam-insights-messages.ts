import type { AreaMessages } from '../../i18n/area-messages';

/** Messages of the exam dashboard, manual grading and item statistics; zh-CN must have every key. */
export const examInsightsEn = {
  'exams.insights.grading': 'Grading',

  'insights.title.dashboard': 'Exam dashboard',
  'insights.title.statistics': 'Item statistics',
  'insights.title.grading': 'Grading queue',

  'insights.status.in_progress': 'In progress',
  'insights.status.submitted': 'Submitted',
  'insights.status.needs_grading': 'Needs grading',
  'insights.status.graded': 'Graded',

  'insights.backToExams': 'All exams',
  'insights.dashboard.title': 'Exam dashboard',
  'insights.dashboard.questions':
    '{count, plural, one {# question} other {# questions}}',
  'insights.dashboard.passMark': 'pass mark {pass}%',
  'insights.dashboard.links': 'More about this exam',
  'insights.dashboard.statistics': 'Item statistics',
  'insights.dashboard.grading': 'Grading queue',
  'insights.dashboard.attemptsNow': 'Attempts right now',
  'insights.dashboard.liveHint':
    'Updates every few seconds while this tab is open.',
  'insights.dashboard.gradeNow': 'Grade now',
  'insights.dashboard.results': 'Results',
  'insights.dashboard.passRate': 'Pass rate',
  'insights.dashboard.agentsPassed':
    '{passed} of {count, plural, one {# graded agent} other {# graded agents}} passed',
  'insights.dashboard.noPassMark': 'This exam has no pass mark.',
  'insights.dashboard.average': 'Average score',
  'insights.dashboard.gradedAttempts':
    '{count, plural, =0 {No graded attempts yet} one {From # graded attempt} other {From # graded attempts}}',
  'insights.live.changed':
    'Attempts updated: {inProgress} in progress, {submitted} submitted, {needsGrading} waiting for grading, {graded} graded.',

  'insights.histogram.title': 'Score distribution',
  'insights.histogram.summary':
    'Score distribution of {count, plural, =0 {no graded attempts yet} one {# graded attempt} other {# graded attempts}} in steps of 10%.',
  'insights.histogram.summaryPass':
    'Score distribution of {count, plural, =0 {no graded attempts yet} one {# graded attempt} other {# graded attempts}} in steps of 10%. Pass mark {pass}%.',
  'insights.histogram.marker': 'Pass {pass}%',
  'insights.histogram.range': 'Score',
  'insights.histogram.count': 'Attempts',

  'insights.attempts.title': 'Attempts',
  'insights.attempts.status': 'Status',
  'insights.attempts.anyStatus': 'All statuses',
  'insights.attempts.count':
    '{count, plural, =0 {No attempts} one {# attempt} other {# attempts}}',
  'insights.attempts.agent': 'Agent',
  'insights.attempts.number': 'Attempt',
  'insights.attempts.started': 'Started',
  'insights.attempts.submitted': 'Submitted',
  'insights.attempts.byAgent': 'by the agent',
  'insights.attempts.byTimeout': 'when time ran out',
  'insights.attempts.percent': 'Score',
  'insights.attempts.passed': 'Result',
  'insights.attempts.pass': 'Passed',
  'insights.attempts.fail': 'Not passed',
  'insights.attempts.view': 'View result',
  'insights.attempts.viewFor': 'View result: {name}, attempt {number}',
  'insights.attempts.empty': 'Nobody has started this exam yet.',
  'insights.attempts.emptyFiltered': 'No attempts with this status.',

  'insights.export.label': 'Export results',
  'insights.export.csv': 'Export CSV',
  'insights.export.xlsx': 'Export Excel',
  'insights.export.busy': 'Preparing the file',
  'insights.export.done': 'The {format} file has been downloaded.',

  'insights.result.title': '{name} · attempt {number}',
  'insights.result.score': '{points} of {max} points ({percent}%)',
  'insights.result.submittedAt': 'Submitted',
  'insights.result.gradedAt': 'graded',
  'insights.result.dimensions': 'By capability dimension',
  'insights.result.question': 'Question {n}',
  'insights.result.points': '{points} / {max} points',
  'insights.result.right': 'Right',
  'insights.result.partial': 'Partly right',
  'insights.result.wrong': 'Wrong',
  'insights.result.pending': 'Waiting for grading',

  'insights.stats.title': 'Item statistics',
  'insights.stats.titleNamed': 'Item statistics: {title}',
  'insights.stats.back': 'Exam dashboard',
  'insights.stats.summary': 'Summary',
  'insights.stats.gradedAttempts': 'Graded attempts counted',
  'insights.stats.flagsFrom':
    'Questions are flagged once they have {count} attempts.',
  'insights.stats.computedAt': 'Computed',
  'insights.stats.neverComputed': 'Not computed yet',
  'insights.stats.recompute': 'Recompute',
  'insights.stats.recomputing': 'Recomputing the statistics…',
  'insights.stats.recomputed': 'The statistics are up to date.',
  'insights.stats.stillRunning':
    'The statistics are still being computed. Check again in a minute.',
  'insights.stats.questions': 'Questions',
  'insights.stats.empty': 'No graded attempts to analyse yet.',
  'insights.stats.notYet':
    'The statistics have not been computed yet. Choose Recompute.',
  'insights.stats.column.name': 'Question',
  'insights.stats.column.type': 'Type',
  'insights.stats.column.attempts': 'Attempts',
  'insights.stats.column.facility': 'Facility',
  'insights.stats.column.discrimination': 'Discrimination',
  'insights.stats.column.flags': 'Flags',

  'insights.reliability.label': "Reliability (Cronbach's α / KR-20)",
  'insights.reliability.good':
    'Good: the questions agree on who knows the material, so the total score can be trusted.',
  'insights.reliability.acceptable':
    'Acceptable for a practice or course check; aim for 0.8 or more in a certification exam.',
  'insights.reliability.questionable':
    'Questionable: some questions measure something else. Look at the flagged ones first.',
  'insights.reliability.poor':
    'Poor: the total score says little about what agents know. Review the questions before relying on it.',
  'insights.reliability.unknown':
    'Needs at least two graded attempts that share two or more questions.',

  'insights.flag.too_easy': 'Too easy',
  'insights.flag.too_hard': 'Too hard',
  'insights.flag.negative_discrimination': 'Negative discrimination',
  'insights.flag.weak_discrimination': 'Weak discrimination',
  'insights.flagHint.too_easy':
    'More than 90% of the points are earned: the question hardly tells agents apart.',
  'insights.flagHint.too_hard':
    'Less than 20% of the points are earned: check the key, the wording and whether the topic was taught.',
  'insights.flagHint.negative_discrimination':
    'Agents who do well on the rest of the exam do worse here: the key may be wrong or the question misleading.',
  'insights.flagHint.weak_discrimination':
    'Strong and weak agents score about the same here (below 0.2): the question adds little to the total.',
  'insights.glossary.title': 'What the figures mean',
  'insights.glossary.facility':
    'The share of the points agents earned on average. Higher means easier.',
  'insights.glossary.discrimination':
    'How well the question separates agents who do well on the rest of the exam from those who do not, from −1 to 1. Above 0.3 is good.',

  'insights.options.show': 'Show choices',
  'insights.options.hide': 'Hide choices',
  'insights.options.label': 'Choices made in {name}',
  'insights.options.figure':
    '{count, plural, one {# time} other {# times}} ({percent}%)',
  'insights.options.right': 'right answer',
  'insights.options.partial': 'partial credit',
  'insights.options.wrong': 'no credit',
  'insights.options.true': 'True',
  'insights.options.false': 'False',

  'insights.regrade.title': 'Regrades',
  'insights.regrade.action': 'Regrade',
  'insights.regrade.actionFor': 'Regrade {name}',
  'insights.regrade.confirmTitle': 'Regrade {name}?',
  'insights.regrade.confirmMessage':
    'Every submitted attempt that used an older version of this question moves to its current version and is graded again. Scores can go up or down, and agents see the new score on their result. Attempts in progress are not touched.',
  'insights.regrade.confirm': 'Regrade',
  'insights.regrade.for': '{name} → version {version}',
  'insights.regrade.progressLabel': 'Regrade progress of {name}',
  'insights.regrade.queued':
    'Waiting to start: {total, plural, one {# attempt} other {# attempts}} to regrade.',
  'insights.regrade.running':
    'Regrading: {done} of {total} attempts done, {changed} changed.',
  'insights.regrade.done':
    'Done: {total, plural, one {# attempt} other {# attempts}} regraded, {changed} with a changed score.',
  'insights.regrade.nothing':
    'Nothing to regrade: every submitted attempt already uses the current version.',
  'insights.regrade.failed':
    'The regrade stopped after {done} of {total} attempts. Try again.',
  'insights.regrade.recomputeHint':
    'Scores changed. Recompute the statistics to include them.',

  'insights.grading.title': 'Grading queue',
  'insights.grading.exam': 'Exam',
  'insights.grading.allExams': 'All exams',
  'insights.grading.progress': '{done} of {total} graded in this session',
  'insights.grading.skippedCount':
    '{count, plural, one {# skipped} other {# skipped}}',
  'insights.grading.itemHeading': 'Answer by {name}',
  'insights.grading.position': 'question {n}',
  'insights.grading.submitted': 'submitted',
  'insights.grading.question': 'Question',
  'insights.grading.case': 'Customer case',
  'insights.grading.part': 'Part {n} of {total}',
  'insights.grading.answer': "Agent's answer",
  'insights.grading.words': '({count, plural, one {# word} other {# words}})',
  'insights.grading.noAnswer': 'The agent left this answer empty.',
  'insights.grading.notes': 'Notes for graders',
  'insights.grading.grade': 'Your grade',
  'insights.grading.currentCriterion': '(current)',
  'insights.grading.levelPoints':
    '{count, plural, one {# point} other {# points}}',
  'insights.grading.chooseLevel': 'Choose a level for this criterion.',
  'insights.grading.total': 'Total: {points} of {max} points',
  'insights.grading.points': 'Points (0 to {max})',
  'insights.grading.comment': 'Comment (optional)',
  'insights.grading.commentHint': 'Kept with the grade on the attempt.',
  'insights.grading.saveNext': 'Save and next',
  'insights.grading.skip': 'Skip for now',
  'insights.grading.criteriaMissing':
    'Choose a level for every criterion before saving.',
  'insights.grading.pointsInvalid':
    'Enter points between 0 and the maximum, with at most two decimals.',
  'insights.grading.levelChosen':
    '{criterion}: {level}, {count, plural, one {# point} other {# points}}.',
  'insights.grading.noSuchLevel': 'This criterion has no level {n}.',
  'insights.grading.saved': 'Grade saved.',
  'insights.grading.attemptGraded':
    "That was the last open answer of {name}'s attempt: it is now graded and the result is released.",
  'insights.grading.skippedOne':
    'Skipped. The answer stays in the queue for later.',
  'insights.grading.empty': 'Nothing to grade',
  'insights.grading.emptyBody': 'No answers are waiting for a grader.',
  'insights.grading.emptyDone':
    'You graded {count, plural, one {# answer} other {# answers}}; none are left.',
  'insights.grading.toDashboard': 'Open the exam dashboard',
  'insights.grading.onlySkipped': 'Only skipped answers are left',
  'insights.grading.onlySkippedBody':
    'You skipped {count, plural, one {# answer} other {# answers}}. They are still waiting for a grade.',
  'insights.grading.backToSkipped': 'Grade the skipped answers',

  'insights.shortcuts.title': 'Keyboard shortcuts',
  'insights.shortcuts.level':
    'Choose that level for the current criterion, then move to the next',
  'insights.shortcuts.next': 'Next criterion',
  'insights.shortcuts.previous': 'Previous criterion',
  'insights.shortcuts.save': 'Save and go to the next answer',
  'insights.shortcuts.skip': 'Skip this answer for now',
  'insights.shortcuts.typing':
    'Shortcuts pause while you type in a field; Ctrl + Enter still saves. Inside a list of levels, ↓ and ↑ change the level as usual.',
};

export const examInsightsZhCn: Record<keyof typeof examInsightsEn, string> = {
  'exams.insights.grading': '人工评分',

  'insights.title.dashboard': '考试看板',
  'insights.title.statistics': '题目分析',
  'insights.title.grading': '待评分队列',

  'insights.status.in_progress': '作答中',
  'insights.status.submitted': '已交卷',
  'insights.status.needs_grading': '待评分',
  'insights.status.graded': '已评分',

  'insights.backToExams': '全部考试',
  'insights.dashboard.title': '考试看板',
  'insights.dashboard.questions': '{count} 道题',
  'insights.dashboard.passMark': '及格线 {pass}%',
  'insights.dashboard.links': '本场考试的更多信息',
  'insights.dashboard.statistics': '题目分析',
  'insights.dashboard.grading': '待评分队列',
  'insights.dashboard.attemptsNow': '当前作答情况',
  'insights.dashboard.liveHint': '此页面打开期间每隔几秒自动刷新。',
  'insights.dashboard.gradeNow': '去评分',
  'insights.dashboard.results': '成绩',
  'insights.dashboard.passRate': '通过率',
  'insights.dashboard.agentsPassed':
    '已评分的 {count} 名专员中 {passed} 名通过',
  'insights.dashboard.noPassMark': '本场考试未设及格线。',
  'insights.dashboard.average': '平均分',
  'insights.dashboard.gradedAttempts':
    '{count, plural, =0 {暂无已评分的作答} other {基于 # 次已评分作答}}',
  'insights.live.changed':
    '作答情况已更新：作答中 {inProgress}，已交卷 {submitted}，待评分 {needsGrading}，已评分 {graded}。',

  'insights.histogram.title': '成绩分布',
  'insights.histogram.summary':
    '{count, plural, =0 {暂无已评分作答的成绩分布} other {# 次已评分作答的成绩分布}}，每档 10%。',
  'insights.histogram.summaryPass':
    '{count, plural, =0 {暂无已评分作答的成绩分布} other {# 次已评分作答的成绩分布}}，每档 10%。及格线 {pass}%。',
  'insights.histogram.marker': '及格 {pass}%',
  'insights.histogram.range': '得分',
  'insights.histogram.count': '作答次数',

  'insights.attempts.title': '作答记录',
  'insights.attempts.status': '状态',
  'insights.attempts.anyStatus': '全部状态',
  'insights.attempts.count':
    '{count, plural, =0 {暂无作答} other {共 # 次作答}}',
  'insights.attempts.agent': '专员',
  'insights.attempts.number': '第几次',
  'insights.attempts.started': '开始时间',
  'insights.attempts.submitted': '交卷时间',
  'insights.attempts.byAgent': '专员交卷',
  'insights.attempts.byTimeout': '时间到自动交卷',
  'insights.attempts.percent': '得分',
  'insights.attempts.passed': '结果',
  'insights.attempts.pass': '通过',
  'insights.attempts.fail': '未通过',
  'insights.attempts.view': '查看成绩',
  'insights.attempts.viewFor': '查看成绩：{name} 第 {number} 次作答',
  'insights.attempts.empty': '还没有人开始这场考试。',
  'insights.attempts.emptyFiltered': '没有该状态的作答。',

  'insights.export.label': '导出成绩',
  'insights.export.csv': '导出 CSV',
  'insights.export.xlsx': '导出 Excel',
  'insights.export.busy': '正在生成文件',
  'insights.export.done': '{format} 文件已下载。',

  'insights.result.title': '{name} · 第 {number} 次作答',
  'insights.result.score': '{points} / {max} 分（{percent}%）',
  'insights.result.submittedAt': '交卷于',
  'insights.result.gradedAt': '评分于',
  'insights.result.dimensions': '各能力维度得分',
  'insights.result.question': '第 {n} 题',
  'insights.result.points': '{points} / {max} 分',
  'insights.result.right': '正确',
  'insights.result.partial': '部分正确',
  'insights.result.wrong': '错误',
  'insights.result.pending': '待评分',

  'insights.stats.title': '题目分析',
  'insights.stats.titleNamed': '题目分析：{title}',
  'insights.stats.back': '考试看板',
  'insights.stats.summary': '概览',
  'insights.stats.gradedAttempts': '纳入统计的已评分作答',
  'insights.stats.flagsFrom': '题目累计 {count} 次作答后才会给出提示标记。',
  'insights.stats.computedAt': '统计时间',
  'insights.stats.neverComputed': '尚未统计',
  'insights.stats.recompute': '重新统计',
  'insights.stats.recomputing': '正在重新统计…',
  'insights.stats.recomputed': '统计数据已是最新。',
  'insights.stats.stillRunning': '统计仍在进行中，请稍后再查看。',
  'insights.stats.questions': '题目',
  'insights.stats.empty': '还没有可分析的已评分作答。',
  'insights.stats.notYet': '尚未生成统计数据，请点击“重新统计”。',
  'insights.stats.column.name': '题目',
  'insights.stats.column.type': '题型',
  'insights.stats.column.attempts': '作答次数',
  'insights.stats.column.facility': '得分率',
  'insights.stats.column.discrimination': '区分度',
  'insights.stats.column.flags': '提示',

  'insights.reliability.label': '信度（Cronbach α / KR-20）',
  'insights.reliability.good': '良好：各题对谁掌握了内容的判断一致，总分可信。',
  'insights.reliability.acceptable':
    '可接受：适用于练习或课程测验；认证考试建议达到 0.8 以上。',
  'insights.reliability.questionable':
    '存疑：部分题目测的可能是别的东西，请先查看带提示标记的题目。',
  'insights.reliability.poor':
    '较差：总分难以反映专员的真实掌握程度，使用前请复核题目。',
  'insights.reliability.unknown':
    '至少需要两次已评分作答，且共有两道以上相同题目。',

  'insights.flag.too_easy': '过于简单',
  'insights.flag.too_hard': '过难',
  'insights.flag.negative_discrimination': '负区分度',
  'insights.flag.weak_discrimination': '区分度弱',
  'insights.flagHint.too_easy':
    '平均得分率超过 90%，这道题几乎区分不出专员水平。',
  'insights.flagHint.too_hard':
    '平均得分率低于 20%，请检查答案、题干措辞，以及相关内容是否讲授过。',
  'insights.flagHint.negative_discrimination':
    '整体成绩好的专员在这道题上反而得分更低，答案可能有误或题目有误导性。',
  'insights.flagHint.weak_discrimination':
    '成绩好和成绩差的专员在这道题上得分相近（低于 0.2），对总分的贡献有限。',
  'insights.glossary.title': '指标说明',
  'insights.glossary.facility':
    '专员在这道题上平均拿到的分数比例，越高越简单。',
  'insights.glossary.discrimination':
    '这道题区分“其余题目考得好”与“考得差”的专员的能力，取值 −1 到 1，0.3 以上为良好。',

  'insights.options.show': '查看选项分布',
  'insights.options.hide': '收起选项分布',
  'insights.options.label': '“{name}”的选项分布',
  'insights.options.figure': '{count} 次（{percent}%）',
  'insights.options.right': '正确答案',
  'insights.options.partial': '部分得分',
  'insights.options.wrong': '不得分',
  'insights.options.true': '对',
  'insights.options.false': '错',

  'insights.regrade.title': '重新评分',
  'insights.regrade.action': '重新评分',
  'insights.regrade.actionFor': '重新评分：{name}',
  'insights.regrade.confirmTitle': '重新评分“{name}”？',
  'insights.regrade.confirmMessage':
    '所有使用了这道题旧版本的已交卷作答都会改用当前版本并重新评分。分数可能升高也可能降低，专员会在成绩页看到新分数。作答中的试卷不受影响。',
  'insights.regrade.confirm': '重新评分',
  'insights.regrade.for': '{name} → 第 {version} 版',
  'insights.regrade.progressLabel': '“{name}”的重新评分进度',
  'insights.regrade.queued': '等待开始：共 {total} 次作答需要重新评分。',
  'insights.regrade.running':
    '重新评分中：已完成 {done} / {total} 次作答，{changed} 次分数有变化。',
  'insights.regrade.done':
    '已完成：共重新评分 {total} 次作答，其中 {changed} 次分数有变化。',
  'insights.regrade.nothing':
    '无需重新评分：所有已交卷作答使用的都是当前版本。',
  'insights.regrade.failed':
    '重新评分在完成 {done} / {total} 次作答后中断，请重试。',
  'insights.regrade.recomputeHint': '分数已变化，请重新统计以纳入新分数。',

  'insights.grading.title': '待评分队列',
  'insights.grading.exam': '考试',
  'insights.grading.allExams': '全部考试',
  'insights.grading.progress': '本次已评 {done} / {total}',
  'insights.grading.skippedCount': '已跳过 {count} 份',
  'insights.grading.itemHeading': '{name} 的作答',
  'insights.grading.position': '第 {n} 题',
  'insights.grading.submitted': '交卷于',
  'insights.grading.question': '题目',
  'insights.grading.case': '客户案例',
  'insights.grading.part': '第 {n} 小题，共 {total} 小题',
  'insights.grading.answer': '专员的回答',
  'insights.grading.words': '（{count} 字）',
  'insights.grading.noAnswer': '专员没有作答。',
  'insights.grading.notes': '评分说明',
  'insights.grading.grade': '评分',
  'insights.grading.currentCriterion': '（当前）',
  'insights.grading.levelPoints': '{count} 分',
  'insights.grading.chooseLevel': '请为这项评分标准选择一个等级。',
  'insights.grading.total': '合计：{points} / {max} 分',
  'insights.grading.points': '得分（0 到 {max}）',
  'insights.grading.comment': '评语（选填）',
  'insights.grading.commentHint': '评语随评分一起保存在这次作答中。',
  'insights.grading.saveNext': '保存并评下一份',
  'insights.grading.skip': '暂时跳过',
  'insights.grading.criteriaMissing': '请先为每一项评分标准选择等级，再保存。',
  'insights.grading.pointsInvalid': '请输入 0 到满分之间的分数，最多两位小数。',
  'insights.grading.levelChosen': '{criterion}：{level}，{count} 分。',
  'insights.grading.noSuchLevel': '这项评分标准没有第 {n} 级。',
  'insights.grading.saved': '评分已保存。',
  'insights.grading.attemptGraded':
    '这是 {name} 本次作答的最后一道待评题：作答已完成评分，成绩已发布。',
  'insights.grading.skippedOne': '已跳过，这份作答仍留在队列中，稍后再评。',
  'insights.grading.empty': '暂无待评分作答',
  'insights.grading.emptyBody': '目前没有等待人工评分的作答。',
  'insights.grading.emptyDone': '本次共评了 {count} 份作答，已全部评完。',
  'insights.grading.toDashboard': '打开考试看板',
  'insights.grading.onlySkipped': '只剩下跳过的作答',
  'insights.grading.onlySkippedBody':
    '你跳过了 {count} 份作答，它们仍在等待评分。',
  'insights.grading.backToSkipped': '评跳过的作答',

  'insights.shortcuts.title': '键盘快捷键',
  'insights.shortcuts.level': '为当前评分标准选择对应等级，并跳到下一项',
  'insights.shortcuts.next': '下一项评分标准',
  'insights.shortcuts.previous': '上一项评分标准',
  'insights.shortcuts.save': '保存并评下一份',
  'insights.shortcuts.skip': '暂时跳过这份作答',
  'insights.shortcuts.typing':
    '在输入框中打字时快捷键暂停，但 Ctrl + Enter 仍可保存。焦点在等级选项上时，↓ 和 ↑ 照常用于切换等级。',
};

export type ExamInsightsMessageKey = keyof typeof examInsightsEn;

/** Registered by the studio's routes (provideAreaMessages). */
export const examInsightsMessages: AreaMessages<keyof typeof examInsightsEn> = {
  en: examInsightsEn,
  'zh-CN': examInsightsZhCn,
};
