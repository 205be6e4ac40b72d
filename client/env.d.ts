/** Build-time variables the client reads (vite exposes VITE_* from the environment). */
interface ImportMetaEnv {
  /** "true" builds in the read-only e2e test hook (client/test-hook.ts); unset in production. */
  readonly VITE_BRUGKAART_TEST_HOOK?: string;
}
