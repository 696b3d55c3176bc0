import { helmetHeaders } from './security-headers';

describe('helmetHeaders', () => {
  it("is helmet's header set, computed once, with our content security policy", () => {
    const headers = helmetHeaders({ contentSecurityPolicy: { directives: { defaultSrc: ["'self'"], objectSrc: ["'none'"] } } });
    expect(headers['content-security-policy']?.split(';')).toEqual(expect.arrayContaining(["default-src 'self'", "object-src 'none'"]));
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['strict-transport-security']).toMatch(/^max-age=\d+/);
    expect(headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(headers['x-powered-by']).toBeUndefined();
  });
});
