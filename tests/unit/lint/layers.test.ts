import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cruise, type ICruiseResult, type IViolation } from 'dependency-cruiser';

// The same rules `npm run lint` applies; here they are shown to bite.
const config = createRequire(import.meta.url)('../../../.dependency-cruiser.cjs');

async function violations(baseDir: string, options: object = {}): Promise<IViolation[]> {
	const result = await cruise(['src'], {
		ruleSet: { forbidden: config.forbidden },
		validate: true,
		baseDir,
		doNotFollow: { path: 'node_modules' },
		tsPreCompilationDeps: true,
		...options
	});
	return (result.output as ICruiseResult).summary.violations;
}

const names = (v: IViolation[]) => [...new Set(v.map((x) => x.rule.name))].sort();

describe('the layer rules', () => {
	const root = mkdtempSync(join(tmpdir(), 'im-layers-'));
	afterAll(() => rmSync(root, { recursive: true, force: true }));
	const tree = (name: string, files: Record<string, string>) => {
		const base = join(root, name);
		for (const [path, text] of Object.entries(files)) {
			mkdirSync(dirname(join(base, path)), { recursive: true });
			writeFileSync(join(base, path), text);
		}
		return base;
	};

	it('accept imports that point down', async () => {
		const base = tree('down', {
			'src/lib/model/types.ts': 'export type Id = string;\n',
			'src/lib/scene/style.ts':
				"import type { Id } from '../model/types';\nexport const a: Id = 'a';\n",
			'src/lib/state/view.ts': "import { a } from '../scene/style';\nexport const b = a;\n"
		});
		expect(await violations(base)).toEqual([]);
	});

	it('refuse an import that points up', async () => {
		const base = tree('up', {
			'src/lib/model/types.ts': "import { b } from '../state/view';\nexport const c = b;\n",
			'src/lib/state/view.ts': 'export const b = 1;\n'
		});
		expect(names(await violations(base))).toEqual(['model-points-down']);
	});

	it('read Svelte components and the $lib alias', async () => {
		const found = await violations(process.cwd(), {
			webpackConfig: config.options.webpackConfig,
			enhancedResolveOptions: config.options.enhancedResolveOptions,
			includeOnly: '^src/lib/(render|scene|ui)/'
		});
		expect(found).toEqual([]);
		const base = tree('svelte', {
			'src/lib/ui/Panel.svelte': '<p>panel</p>\n',
			'src/lib/render/Picture.svelte':
				'<script lang="ts">\n\timport Panel from \'../ui/Panel.svelte\';\n</script>\n\n<Panel />\n'
		});
		expect(
			names(
				await violations(base, { enhancedResolveOptions: config.options.enhancedResolveOptions })
			)
		).toEqual(['render-points-down']);
	}, 60_000);

	it('refuse a cycle, even one made of type imports within a layer', async () => {
		const base = tree('cycle', {
			'src/lib/layout/a.ts': "import type { B } from './b';\nexport type A = B[];\n",
			'src/lib/layout/b.ts': "import type { A } from './a';\nexport type B = A | null;\n"
		});
		expect(names(await violations(base))).toEqual(['no-cycle']);
	});

	it('find nothing to refuse in the source tree', async () => {
		const found = await violations(process.cwd(), {
			webpackConfig: config.options.webpackConfig,
			enhancedResolveOptions: config.options.enhancedResolveOptions
		});
		expect(found.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`)).toEqual([]);
	}, 60_000);
});
