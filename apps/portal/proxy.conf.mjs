// Dev server only: the built portal is served by the API on the same origin.
export default {
  '/api': {
    target: process.env['PATHWISE_API_URL'] ?? 'http://localhost:3000',
    secure: false,
  },
};
