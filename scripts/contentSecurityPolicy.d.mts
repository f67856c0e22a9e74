// Types of scripts/contentSecurityPolicy.mjs for the TypeScript tests that import it.

/** The policy, as the content of `<meta http-equiv="Content-Security-Policy">`. */
export declare const contentSecurityPolicy: string;

/** The opening tags of inline `<script>` elements and inline event handlers in `html`. */
export declare function inlineScripts(html: string): string[];
