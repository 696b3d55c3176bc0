export { checkPasswordPolicy, describePasswordProblems } from './lib/password-policy';
export type { PasswordContext } from './lib/password-policy';
export { generateTemporaryPassword } from './lib/temporary-password';
export { userVisibility, canViewUser, canViewTeam, hasAnyRole, landingArea } from './lib/access-scope';
export type { Actor, UserVisibility } from './lib/access-scope';
export { normalizeEmail, isValidEmail } from './lib/email';
