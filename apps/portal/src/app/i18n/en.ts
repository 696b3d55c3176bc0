import { ErrorCode } from '@pathwise/contracts';

/** One message per API error code; a new code fails compilation until it is worded here. */
const errors: Record<`error.${ErrorCode}`, string> = {
  'error.VALIDATION_FAILED': 'Some fields need attention.',
  'error.UNAUTHENTICATED': 'Please sign in.',
  'error.INVALID_CREDENTIALS': 'The email or password is not correct.',
  'error.ACCOUNT_DEACTIVATED':
    'This account has been deactivated. Contact your administrator.',
  'error.TOKEN_EXPIRED': 'Your session has expired. Please sign in again.',
  'error.REFRESH_TOKEN_INVALID':
    'Your session has ended. Please sign in again.',
  'error.REFRESH_TOKEN_REUSED':
    'Your session was ended for security reasons. Please sign in again.',
  'error.TOO_MANY_ATTEMPTS':
    'Too many attempts. Wait a few minutes and try again.',
  'error.FORBIDDEN': 'You do not have permission to do this.',
  'error.PASSWORD_CHANGE_REQUIRED': 'Change your temporary password first.',
  'error.NOT_FOUND': 'This item no longer exists.',
  'error.CONFLICT':
    'Someone else changed this in the meantime. Reload and try again.',
  'error.EMAIL_TAKEN': 'Another account already uses this email.',
  'error.TEAM_NAME_TAKEN': 'Another team already has this name.',
  'error.WRONG_PASSWORD': 'The current password is not correct.',
  'error.WEAK_PASSWORD':
    'This password is not accepted: use at least 10 characters with a letter and a digit, avoid common passwords and leave out the name and email.',
  'error.IMPORT_REJECTED':
    'The import was refused because some rows are not valid. Nothing was imported.',
  'error.PAYLOAD_TOO_LARGE': 'The file is too large.',
  'error.UNSUPPORTED_MEDIA_TYPE': 'This file type is not supported.',
  'error.CANNOT_DEACTIVATE_SELF': 'You cannot deactivate your own account.',
  'error.SERVICE_UNAVAILABLE':
    'The service is temporarily unavailable. Try again shortly.',
  'error.INTERNAL': 'Something went wrong on our side. Try again shortly.',
};

export const en = {
  'app.name': 'Pathwise',

  ...errors,
  'error.network':
    'Cannot reach the server. Check your connection and try again.',
  'error.unexpected': 'Something went wrong. Try again.',

  'validation.required': 'This field is required.',
  'validation.email': 'Enter a valid email address.',
  'validation.tooLong': 'This is too long.',

  'common.actions': 'Actions',
  'common.cancel': 'Cancel',
  'common.comingSoon': 'Coming soon',
  'common.delete': 'Delete',
  'common.dismiss': 'Dismiss',
  'common.edit': 'Edit',
  'common.loading': 'Loading',
  'common.save': 'Save',

  'language.name.en': 'English',
  'language.name.zhCN': '简体中文',
  'language.switchTo': 'Switch language to',

  'title.login': 'Sign in',
  'title.changePassword': 'Change password',
  'title.noAccess': 'No access',
  'title.learn': 'My learning',
  'title.studio': 'Studio',
  'title.team': 'My team',
  'title.users': 'Users',
  'title.userImport': 'Import users',
  'title.teams': 'Teams',
  'title.auditLog': 'Audit log',

  'login.title': 'Sign in to Pathwise',
  'login.subtitle': 'Learning and certification for your contact centre',
  'login.email': 'Email',
  'login.password': 'Password',
  'login.submit': 'Sign in',

  'password.title': 'Change password',
  'password.forcedNotice':
    'Your password was set by an administrator. Choose a new one to continue.',
  'password.current': 'Current password',
  'password.new': 'New password',
  'password.confirm': 'Confirm new password',
  'password.policy': 'At least {min} characters, with a letter and a digit.',
  'password.mismatch': 'The passwords do not match.',
  'password.submit': 'Change password',
  'password.changed': 'Your password has been changed.',

  'shell.skipToContent': 'Skip to main content',
  'shell.toggleNavigation': 'Open or close navigation',
  'shell.userMenu': 'Account menu for {name}',
  'shell.language': 'Language',
  'shell.changePassword': 'Change password',

  'nav.label': 'Main',
  'nav.learn': 'My learning',
  'nav.studio': 'Studio',
  'nav.team': 'My team',
  'nav.admin': 'Administration',
  'nav.users': 'Users',
  'nav.teams': 'Teams',
  'nav.auditLog': 'Audit log',
  'nav.logout': 'Sign out',

  'noAccess.title': 'No access yet',
  'noAccess.body':
    'Your account has no role yet. Ask your administrator to give you one.',

  'role.agent': 'Agent',
  'role.trainer': 'Trainer',
  'role.supervisor': 'Supervisor',
  'role.admin': 'Administrator',

  'learn.title': 'My learning',
  'learn.welcome': 'Welcome, {name}.',
  'learn.myTeams': 'My teams',
  'learn.noTeams': 'You are not in a team yet.',
  'learn.teamsUnavailable': 'Your teams cannot be shown right now.',
  'learn.supervisedBy': 'Supervisor: {name}',
  'learn.upcoming': 'Coming next',
  'learn.exams.title': 'My exams',
  'learn.exams.body':
    'Product-knowledge exams and practice quizzes will appear here.',
  'learn.path.title': 'My learning path',
  'learn.path.body':
    'Your courses and milestones towards the next certification level will appear here.',
  'learn.radar.title': 'My capability radar',
  'learn.radar.body':
    'Your scores per capability dimension, next to your team and your level, will appear here.',

  'studio.title': 'Trainer studio',
  'studio.welcome': 'Welcome, {name}.',
  'studio.courses.title': 'Courses',
  'studio.courses.body':
    'Author courses, lessons, case studies and FAQ handbooks.',
  'studio.banks.title': 'Question banks',
  'studio.banks.body':
    'Build and import question banks tagged by capability dimension.',
  'studio.exams.title': 'Exams',
  'studio.exams.body':
    'Assemble exams from blueprints, grade open answers and review item statistics.',

  'team.title': 'My team',
  'team.welcome': 'Welcome, {name}. Here are the teams you supervise.',
  'team.noTeams': 'You do not supervise a team yet.',
  'team.noMembers': 'This team has no members yet.',
  'team.memberCount': '{count, plural, one {# member} other {# members}}',
  'team.membersOf': 'Members of {team}',

  'admin.title': 'Administration',
  'admin.sections': 'Administration sections',

  'paginator.itemsPerPage': 'Items per page',
  'paginator.next': 'Next page',
  'paginator.previous': 'Previous page',
  'paginator.first': 'First page',
  'paginator.last': 'Last page',
  'paginator.range': '{start} – {end} of {length}',
  'paginator.rangeEmpty': '0 of {length}',

  'users.title': 'Users',
  'users.create': 'New user',
  'users.import': 'Import from CSV',
  'users.filters': 'Filter users',
  'users.search': 'Search by name, email or employee no.',
  'users.filter.role': 'Role',
  'users.filter.anyRole': 'Any role',
  'users.filter.status': 'Status',
  'users.filter.anyStatus': 'Any status',
  'users.status.active': 'Active',
  'users.status.inactive': 'Deactivated',
  'users.resultCount':
    '{count, plural, =0 {No users found} one {# user found} other {# users found}}',
  'users.column.name': 'Name',
  'users.column.email': 'Email',
  'users.column.roles': 'Roles',
  'users.column.teams': 'Teams',
  'users.column.status': 'Status',
  'users.column.lastLogin': 'Last sign-in',
  'users.employeeNoShort': 'No. {no}',
  'users.neverSignedIn': 'Never',
  'users.empty': 'No users match these filters.',
  'users.actionsFor': 'Actions for {name}',
  'users.resetPassword': 'Reset password',
  'users.created': '{name} was created.',
  'users.saved': '{name} was saved.',
  'users.generatePassword': 'Generate',
  'users.dialog.createTitle': 'New user',
  'users.dialog.editTitle': 'Edit user',
  'users.dialog.create': 'Create user',
  'users.field.email': 'Email',
  'users.field.displayName': 'Display name',
  'users.field.roles': 'Roles',
  'users.field.rolesRequired': 'Choose at least one role.',
  'users.field.employeeNo': 'Employee no.',
  'users.field.hiredOn': 'Hired on',
  'users.field.locale': 'Language',
  'users.field.teams': 'Teams',
  'users.field.password': 'Initial password',
  'users.field.mustChangePassword': 'Must change this password at first sign-in',
  'users.field.passwordHint':
    'Give it to the user in person. At least {min} characters, with a letter and a digit.',
  'users.deactivate.action': 'Deactivate',
  'users.deactivate.title': 'Deactivate {name}?',
  'users.deactivate.message':
    '{name} will be signed out and can no longer sign in. Their history is kept.',
  'users.deactivate.confirm': 'Deactivate',
  'users.deactivate.done': '{name} was deactivated.',
  'users.reactivate.action': 'Reactivate',
  'users.reactivate.title': 'Reactivate {name}?',
  'users.reactivate.message': '{name} will be able to sign in again.',
  'users.reactivate.confirm': 'Reactivate',
  'users.reactivate.done': '{name} was reactivated.',
  'users.reset.title': 'Reset the password of {name}',
  'users.reset.explain':
    'Give this temporary password to the user. They must choose a new one when they next sign in.',
  'users.reset.newPassword': 'Temporary password',
  'users.reset.submit': 'Reset password',
  'users.reset.done': 'The password of {name} was reset.',

  'import.title': 'Import users from CSV',
  'import.backToUsers': 'Back to users',
  'import.intro':
    'Choose a CSV file. Every row is checked first; nothing is imported until all rows are valid.',
  'import.columns': 'Columns: {columns}.',
  'import.separators':
    'Separate several roles or teams with a semicolon, e.g. agent;supervisor. Teams are given by name.',
  'import.file': 'CSV file',
  'import.downloadTemplate': 'Download template',
  'import.emptyFile': 'The file is empty.',
  'import.previewTitle': 'Preview',
  'import.refusedTitle': 'Import refused',
  'import.summary': '{valid} of {total} rows are valid.',
  'import.hasErrors':
    '{count, plural, one {# problem found} other {# problems found}}. Fix the file and choose it again; nothing has been imported.',
  'import.noRows': 'The file has no user rows.',
  'import.errorsTable': 'Problems by row',
  'import.column.line': 'Line',
  'import.column.column': 'Column',
  'import.column.message': 'Problem',
  'import.column.temporaryPassword': 'Temporary password',
  'import.commit':
    '{count, plural, one {Import # user} other {Import # users}}',
  'import.chooseAnother': 'Choose another file',
  'import.done':
    '{count, plural, one {# user imported} other {# users imported}}',
  'import.passwordsOnce':
    'Temporary passwords are shown only this once. Download or copy them now.',
  'import.createdTable': 'Imported users',
  'import.passwordFromFile': 'From the file',
  'import.downloadCredentials': 'Download as CSV',
  'import.another': 'Import another file',

  'import.column.email': 'email',
  'import.column.display_name': 'display_name',
  'import.column.roles': 'roles',
  'import.column.teams': 'teams',
  'import.column.employee_no': 'employee_no',
  'import.column.locale': 'locale',
  'import.column.hired_on': 'hired_on',
  'import.column.password': 'password',
  'import.error.file.empty':
    'The file is empty. It needs a header row (email,display_name,roles, …) and one user per line.',
  'import.error.file.no_rows':
    'The file has a header row but no users below it.',
  'import.error.file.too_many_rows':
    'The file has {count} users; at most {max} can be imported at once. Split it into smaller files.',
  'import.error.csv.unclosed_quote':
    'The row starting on line {line} has a quote (") that is never closed, so the rest of the file was read as one cell. Add the missing closing quote or remove the stray one.',
  'import.error.csv.malformed':
    'The file could not be read as CSV near line {line} ({detail}).',
  'import.error.header.missing':
    'Line {line} must be the header row naming the columns ({columns}), but it is "{value}".',
  'import.error.header.unknown_column':
    'Unknown column "{value}". The columns are: {columns}.',
  'import.error.header.duplicate_column':
    'The column "{column}" appears more than once in the header.',
  'import.error.header.missing_column':
    'The header has no "{column}" column, which is required.',
  'import.error.cell.no_heading':
    'Cell {cell} ("{value}") has no column heading above it.',
  'import.error.email.missing': 'Email is missing.',
  'import.error.email.invalid': '"{value}" is not a valid email address.',
  'import.error.email.duplicate_in_file':
    'The email {value} already appears on line {firstLine}.',
  'import.error.email.exists': 'A user with e-mail {value} already exists.',
  'import.error.display_name.missing': 'Display name is missing.',
  'import.error.display_name.multiline':
    'Display name must fit on one line, without tabs or line breaks.',
  'import.error.display_name.too_long':
    'Display name is {length} characters long; the limit is {max}.',
  'import.error.roles.missing':
    'Roles are missing; give at least one of {allowed}, separated by ";".',
  'import.error.roles.unknown':
    '{count, plural, one {Unknown role} other {Unknown roles}}: {value}. Use {allowed}, separated by ";".',
  'import.error.team.unknown': 'There is no team named "{value}".',
  'import.error.employee_no.too_long':
    'Employee number is {length} characters long; the limit is {max}.',
  'import.error.employee_no.duplicate_in_file':
    'The employee number {value} already appears on line {firstLine}.',
  'import.error.employee_no.exists':
    'Employee number {value} is already in use.',
  'import.error.locale.unknown':
    'Unknown language "{value}". Use en (English) or zh-CN (Chinese), or leave it empty.',
  'import.error.hired_on.invalid':
    '"{value}" is not a date in the form YYYY-MM-DD, e.g. 2026-03-01.',
  'import.error.hired_on.nonexistent': '{value} is not a real date.',
  'import.error.hired_on.implausible':
    '{value} is not a plausible hire date.',
  'import.error.password.weak': 'The password must {requirements}.',
  'import.error.password.problem.too_short':
    'be at least {min} characters long',
  'import.error.password.problem.too_long':
    'be at most {max} characters long',
  'import.error.password.problem.needs_letter': 'contain a letter',
  'import.error.password.problem.needs_digit': 'contain a digit',
  'import.error.password.problem.contains_email':
    'not contain the email address',
  'import.error.password.problem.contains_name':
    "not contain the person's name",
  'import.error.password.problem.too_common':
    'not be a commonly used password',

  'teams.title': 'Teams',
  'teams.create': 'New team',
  'teams.column.name': 'Team',
  'teams.column.supervisor': 'Supervisor',
  'teams.column.members': 'Members',
  'teams.noSupervisor': 'No supervisor',
  'teams.empty': 'There are no teams yet.',
  'teams.actionsFor': 'Actions for {name}',
  'teams.editMembers': 'Members',
  'teams.created': 'Team {name} was created.',
  'teams.saved': 'Team {name} was saved.',
  'teams.deleted': 'Team {name} was deleted.',
  'teams.membersSaved': 'The members of {name} were saved.',
  'teams.delete.title': 'Delete team {name}?',
  'teams.delete.message':
    'The team and its {count, plural, one {# membership is} other {# memberships are}} removed. The users themselves are kept.',
  'teams.delete.confirm': 'Delete team',
  'teams.dialog.createTitle': 'New team',
  'teams.dialog.editTitle': 'Edit team',
  'teams.dialog.create': 'Create team',
  'teams.field.name': 'Name',
  'teams.field.description': 'Description',
  'teams.field.supervisor': 'Supervisor',

  'members.title': 'Members of {team}',
  'members.current': 'Current members ({count})',
  'members.none': 'No members yet.',
  'members.remove': 'Remove {name}',
  'members.removed': '{name} removed. Save to apply.',
  'members.addHeading': 'Add people',
  'members.search': 'Search users',
  'members.searchHint': 'Type at least 2 characters.',
  'members.noResults': 'No users found.',
  'members.add': 'Add {name}',
  'members.added': '{name} added. Save to apply.',

  'audit.title': 'Audit log',
  'audit.column.time': 'Time',
  'audit.column.actor': 'Who',
  'audit.column.action': 'Action',
  'audit.column.entity': 'Entity',
  'audit.column.details': 'Details',
  'audit.action.auth.change-password': 'Changed own password',
  'audit.action.user.create': 'Created a user',
  'audit.action.user.update': 'Edited a user',
  'audit.action.user.import': 'Imported users',
  'audit.action.user.deactivate': 'Deactivated a user',
  'audit.action.user.reactivate': 'Reactivated a user',
  'audit.action.user.reset-password': 'Reset a password',
  'audit.action.team.create': 'Created a team',
  'audit.action.team.update': 'Edited a team',
  'audit.action.team.set-members': 'Changed team members',
  'audit.action.team.delete': 'Deleted a team',
  'audit.entity.user': 'User',
  'audit.entity.team': 'Team',
  'audit.system': 'System',
  'audit.empty': 'No entries yet.',
};
