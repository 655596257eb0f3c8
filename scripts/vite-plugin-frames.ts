/**
 * Frames: every page prerendered into static HTML at build time, as it looks before its data arrives (the
 * header, the page's heading and text, its controls and its loading states), so that a visitor sees the page
 * at once, before any JavaScript has run. React then renders the same frame in its place (src/main.tsx).
 *
 * After the client build, this plugin builds src/app/frame.tsx for Node and renders, in bokmål:
 * - one frame per page of src/app/page-routes.ts (dist/index.html for `/`, dist/__frames/<page>.html), and
 * - with the embedded mock API, one per measure and per municipality of its dataset
 *   (dist/__frames/pages/tiltak/<id>.html, …/kommune/<nr>.html), which also show the heading the reader came
 *   for and carry it for the app (src/domain/frame-subject.ts).
 * Each frame loads the page's code only after its first paint (the frame needs none to be read), with the
 * page's own chunks and texts preloaded then. A small inline script in <head> (bootScript) applies the stored
 * settings before that paint and hides what the bokmål frame would show wrongly (another language, another
 * page, filters from the address, another dataset) until React has rendered.
 *
 * A server must answer each address with its frame: `vite preview` does it here (configurePreviewServer, with
 * frameFor); other hosts need the same rewrites (docs/performance.md). Any other answer still works, only
 * without the frame.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin, type ResolvedConfig } from 'vite';
import { frameFile, frameFor, isPageRequest, PAGES_DIR } from '../server/frame-files.ts';
import { PAGE_ROUTES, pageRouteFor, patternSource, type PageRoute } from '../src/app/page-routes.ts';
import type { FrameSubject } from '../src/domain/frame-subject.ts';

interface ManifestChunk {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

interface FrameModule {
  renderFrame: (path: string, subject?: FrameSubject | null) => Promise<string>;
  frameSubjects: () => Promise<{ path: string; subject: FrameSubject }[]>;
}

const SSR_ENTRY = 'src/app/frame.tsx';

/**
 * Runs before the first paint, in the page's <head>. It reads the settings the app stores (src/stores/ui-store.ts)
 * and the mock's dataset choice (mocks/browser.ts), and marks <html> so that app.css hides what this bokmål
 * frame would show wrongly.
 */
function bootScript(route: PageRoute, hasSubject: boolean): string {
  return (
    `(function(){var d=document.documentElement;try{var s=JSON.parse(localStorage.getItem("tiltaksmonitor:ui")||"null"),t=(s&&s.state)||{};` +
    `if(t.density==="compact")d.setAttribute("data-size","sm");` +
    `if((t.language&&t.language!=="nb")||!new RegExp(${JSON.stringify(patternSource(route.path))}).test(location.pathname))d.setAttribute("data-frame-hide","all");` +
    `else if(location.search${hasSubject ? '||localStorage.getItem("tiltaksmonitor:mock-dataset")' : ''})d.setAttribute("data-frame-hide","main");` +
    `if(t.session)d.setAttribute("data-frame-session","")}catch(e){}})();`
  );
}

/**
 * Runs after the first paint: preloads the app's code with the page's own chunks and texts, then starts it.
 * "After" means after the browser has shown the frame (its first-contentful-paint entry), not after the main
 * thread has painted it: a frame's presentation can come tens of milliseconds after its paint, and code
 * requested in between competes with the first paint for the line (and Lighthouse counts it into FCP and LCP).
 * When the whole frame is hidden (another language or page) nothing contentful paints, so the code starts at
 * once, as it does where paint timing is unknown; a page that never paints (a background tab) starts after 2 s.
 */
function startScript(files: readonly string[], entry: string): string {
  return (
    `const p=${JSON.stringify(files)},e=${JSON.stringify(entry)};let s=0;` +
    // Written as HTML in one go: link elements made one by one cost a few milliseconds each on a phone.
    `const go=()=>{if(s)return;s=1;document.head.insertAdjacentHTML("beforeend",p.map((f)=>'<link rel="modulepreload" crossorigin href="'+f+'">').join(""));import(e)},` +
    `soon=()=>requestAnimationFrame(()=>setTimeout(go));` +
    `if(document.documentElement.getAttribute("data-frame-hide")==="all"||!(PerformanceObserver.supportedEntryTypes||[]).includes("paint"))soon();` +
    `else{new PerformanceObserver((l,o)=>{if(l.getEntries().some((x)=>x.name==="first-contentful-paint")){o.disconnect();setTimeout(go)}}).observe({type:"paint",buffered:true});setTimeout(go,2000)}`
  );
}

function staticClosure(manifest: Manifest, key: string, into: Set<string>): void {
  const chunk = manifest[key];
  if (!chunk || into.has(chunk.file)) return;
  into.add(chunk.file);
  for (const imported of chunk.imports ?? []) staticClosure(manifest, imported, into);
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** JSON that is safe inside a <script> element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/**
 * The frame's controls cannot be used until the app has taken over (a choice made in the static page would be
 * lost when React renders in its place); links work as links. They look the same meanwhile.
 */
function inertControls(body: string): string {
  return body.replace(/<(select|input|button|textarea|summary)\b/g, '<$1 inert=""');
}

/** The page's frame inside the built index.html. */
function framePage(template: string, route: PageRoute, body: string, subject: FrameSubject | null, manifest: Manifest, base: string): string {
  const entry = manifest['index.html'];
  if (!entry) throw new Error('The manifest has no entry for index.html');
  // What the start-up loads at once (its static imports and the modules it imports beside each other: React DOM,
  // the app, the mock API), the page's code and its texts.
  const files = new Set<string>();
  staticClosure(manifest, 'index.html', files);
  for (const imported of entry.dynamicImports ?? []) staticClosure(manifest, imported, files);
  staticClosure(manifest, `src/app/routes/${route.module}.tsx`, files);
  for (const namespace of ['common', ...route.namespaces]) staticClosure(manifest, `src/locales/nb/${namespace}.json`, files);
  const entryCss = new Set(entry.css ?? []);
  const css = [...new Set([...files].flatMap((file) => Object.values(manifest).find((chunk) => chunk.file === file)?.css ?? []))]
    .filter((file) => !entryCss.has(file))
    .map((file) => `    <link rel="stylesheet" crossorigin href="${base}${file}">`)
    .join('\n');
  const heading = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(body)?.[1]?.replace(/<[^>]+>/g, '').trim();
  const title = heading ? `${heading} – Tiltaksmonitor` : 'Tiltaksmonitor';
  const scripts = [`    <script type="module">${startScript([...files].filter((file) => file !== entry.file).map((file) => `${base}${file}`), `${base}${entry.file}`)}</script>`];
  if (subject !== null) scripts.unshift(`    <script type="application/json" id="frame-subject">${scriptJson(subject)}</script>`);
  const html = template
    .replace(/\s*<script type="module" crossorigin src="[^"]+"><\/script>/, '')
    .replace(/\s*<link rel="modulepreload" crossorigin href="[^"]+">/g, '')
    .replace('<html lang="nb">', '<html lang="nb" data-size="md">')
    .replace('<head>', `<head>\n    <script>${bootScript(route, subject !== null)}</script>`)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(title)}</title>`)
    .replace('</head>', `${css ? `${css}\n` : ''}  </head>`)
    .replace('<div id="root"></div>', `<div id="root">${inertControls(body).replace('<div class="app"', '<div class="app" data-frame=""')}</div>`)
    .replace('</body>', `${scripts.join('\n')}\n  </body>`);
  if (!html.includes('data-frame=""')) throw new Error(`The frame of ${route.path} has no .app element`);
  if (/<script type="module" crossorigin src=/.test(html)) throw new Error('index.html has a script tag the frames do not expect');
  return html;
}

export function framesPlugin(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'tiltaksmonitor:frames',
    configResolved(resolved) {
      config = resolved;
    },
    configurePreviewServer(server) {
      const outDir = resolve(config.root, config.build.outDir);
      // Each address gets its frame; files, the API and the floors of `npm run audit` pass through.
      server.middlewares.use((request, _response, next) => {
        const url = new URL(request.url ?? '/', 'http://localhost');
        if (isPageRequest(request.method ?? 'GET', url.pathname, request.headers.accept ?? '')) request.url = `/${frameFor(outDir, url.pathname)}${url.search}`;
        next();
      });
    },
    async writeBundle() {
      if (config.command !== 'build' || config.build.ssr || process.env.VITEST) return;
      const outDir = resolve(config.root, config.build.outDir);
      const ssrOutDir = resolve(config.root, 'node_modules/.cache/tiltaksmonitor-frames');
      await build({
        configFile: config.configFile,
        mode: config.mode,
        logLevel: 'warn',
        define: { 'process.env.NODE_ENV': JSON.stringify('production') },
        ssr: { noExternal: true },
        build: {
          ssr: SSR_ENTRY,
          outDir: ssrOutDir,
          emptyOutDir: true,
          manifest: false,
          copyPublicDir: false,
          sourcemap: false,
          // One file, imported fresh below (a query string per build), so its lazy parts share its React Router.
          rolldownOptions: { output: { codeSplitting: false } },
        },
      });
      const frame = (await import(`${pathToFileURL(join(ssrOutDir, 'frame.js')).href}?t=${Date.now()}`)) as FrameModule;
      const manifest = JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8')) as Manifest;
      const template = readFileSync(join(outDir, 'index.html'), 'utf8');
      const write = (file: string, html: string) => {
        mkdirSync(dirname(join(outDir, file)), { recursive: true });
        writeFileSync(join(outDir, file), html);
      };
      for (const route of PAGE_ROUTES) write(frameFile(route), framePage(template, route, await frame.renderFrame(route.framePath), null, manifest, config.base));
      for (const { path, subject } of await frame.frameSubjects()) {
        const route = pageRouteFor(path);
        write(`${PAGES_DIR}${path}.html`, framePage(template, route, await frame.renderFrame(path, subject), subject, manifest, config.base));
      }
    },
  };
}
