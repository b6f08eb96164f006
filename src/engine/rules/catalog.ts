/**
 * Every rules file Breachline ships, imported statically so the browser bundle and the command line see the
 * same data. Add a file here when you add it to `content/rules/`: a test fails until you do.
 */
import coverageData from '../../../content/rules/coverage.json' with { type: 'json' };
import federal from '../../../content/rules/federal.json' with { type: 'json' };
import akRules from '../../../content/rules/states/ak.json' with { type: 'json' };
import alRules from '../../../content/rules/states/al.json' with { type: 'json' };
import arRules from '../../../content/rules/states/ar.json' with { type: 'json' };
import azRules from '../../../content/rules/states/az.json' with { type: 'json' };
import caRules from '../../../content/rules/states/ca.json' with { type: 'json' };
import coRules from '../../../content/rules/states/co.json' with { type: 'json' };
import ctRules from '../../../content/rules/states/ct.json' with { type: 'json' };
import dcRules from '../../../content/rules/states/dc.json' with { type: 'json' };
import deRules from '../../../content/rules/states/de.json' with { type: 'json' };
import flRules from '../../../content/rules/states/fl.json' with { type: 'json' };
import gaRules from '../../../content/rules/states/ga.json' with { type: 'json' };
import guRules from '../../../content/rules/states/gu.json' with { type: 'json' };
import hiRules from '../../../content/rules/states/hi.json' with { type: 'json' };
import iaRules from '../../../content/rules/states/ia.json' with { type: 'json' };
import idRules from '../../../content/rules/states/id.json' with { type: 'json' };
import ilRules from '../../../content/rules/states/il.json' with { type: 'json' };
import inRules from '../../../content/rules/states/in.json' with { type: 'json' };
import ksRules from '../../../content/rules/states/ks.json' with { type: 'json' };
import kyRules from '../../../content/rules/states/ky.json' with { type: 'json' };
import laRules from '../../../content/rules/states/la.json' with { type: 'json' };
import maRules from '../../../content/rules/states/ma.json' with { type: 'json' };
import mdRules from '../../../content/rules/states/md.json' with { type: 'json' };
import meRules from '../../../content/rules/states/me.json' with { type: 'json' };
import miRules from '../../../content/rules/states/mi.json' with { type: 'json' };
import mnRules from '../../../content/rules/states/mn.json' with { type: 'json' };
import moRules from '../../../content/rules/states/mo.json' with { type: 'json' };
import msRules from '../../../content/rules/states/ms.json' with { type: 'json' };
import mtRules from '../../../content/rules/states/mt.json' with { type: 'json' };
import ncRules from '../../../content/rules/states/nc.json' with { type: 'json' };
import ndRules from '../../../content/rules/states/nd.json' with { type: 'json' };
import neRules from '../../../content/rules/states/ne.json' with { type: 'json' };
import nhRules from '../../../content/rules/states/nh.json' with { type: 'json' };
import njRules from '../../../content/rules/states/nj.json' with { type: 'json' };
import nmRules from '../../../content/rules/states/nm.json' with { type: 'json' };
import nvRules from '../../../content/rules/states/nv.json' with { type: 'json' };
import nyRules from '../../../content/rules/states/ny.json' with { type: 'json' };
import ohRules from '../../../content/rules/states/oh.json' with { type: 'json' };
import okRules from '../../../content/rules/states/ok.json' with { type: 'json' };
import orRules from '../../../content/rules/states/or.json' with { type: 'json' };
import paRules from '../../../content/rules/states/pa.json' with { type: 'json' };
import prRules from '../../../content/rules/states/pr.json' with { type: 'json' };
import riRules from '../../../content/rules/states/ri.json' with { type: 'json' };
import scRules from '../../../content/rules/states/sc.json' with { type: 'json' };
import sdRules from '../../../content/rules/states/sd.json' with { type: 'json' };
import tnRules from '../../../content/rules/states/tn.json' with { type: 'json' };
import txRules from '../../../content/rules/states/tx.json' with { type: 'json' };
import utRules from '../../../content/rules/states/ut.json' with { type: 'json' };
import vaRules from '../../../content/rules/states/va.json' with { type: 'json' };
import viRules from '../../../content/rules/states/vi.json' with { type: 'json' };
import vtRules from '../../../content/rules/states/vt.json' with { type: 'json' };
import waRules from '../../../content/rules/states/wa.json' with { type: 'json' };
import wiRules from '../../../content/rules/states/wi.json' with { type: 'json' };
import wvRules from '../../../content/rules/states/wv.json' with { type: 'json' };
import wyRules from '../../../content/rules/states/wy.json' with { type: 'json' };
import { coverageSchema, ruleFileSchema, type Rule } from './schema.ts';

export interface CatalogFile {
  /** Path from the repository root, e.g. `content/rules/federal.json`. */
  path: string;
  data: unknown;
}

/** The rules files, in the order their rules appear in the catalog. */
export const RULE_FILES: readonly CatalogFile[] = [
  { path: 'content/rules/federal.json', data: federal },
  { path: 'content/rules/states/ak.json', data: akRules },
  { path: 'content/rules/states/al.json', data: alRules },
  { path: 'content/rules/states/ar.json', data: arRules },
  { path: 'content/rules/states/az.json', data: azRules },
  { path: 'content/rules/states/ca.json', data: caRules },
  { path: 'content/rules/states/co.json', data: coRules },
  { path: 'content/rules/states/ct.json', data: ctRules },
  { path: 'content/rules/states/dc.json', data: dcRules },
  { path: 'content/rules/states/de.json', data: deRules },
  { path: 'content/rules/states/fl.json', data: flRules },
  { path: 'content/rules/states/ga.json', data: gaRules },
  { path: 'content/rules/states/gu.json', data: guRules },
  { path: 'content/rules/states/hi.json', data: hiRules },
  { path: 'content/rules/states/ia.json', data: iaRules },
  { path: 'content/rules/states/id.json', data: idRules },
  { path: 'content/rules/states/il.json', data: ilRules },
  { path: 'content/rules/states/in.json', data: inRules },
  { path: 'content/rules/states/ks.json', data: ksRules },
  { path: 'content/rules/states/ky.json', data: kyRules },
  { path: 'content/rules/states/la.json', data: laRules },
  { path: 'content/rules/states/ma.json', data: maRules },
  { path: 'content/rules/states/md.json', data: mdRules },
  { path: 'content/rules/states/me.json', data: meRules },
  { path: 'content/rules/states/mi.json', data: miRules },
  { path: 'content/rules/states/mn.json', data: mnRules },
  { path: 'content/rules/states/mo.json', data: moRules },
  { path: 'content/rules/states/ms.json', data: msRules },
  { path: 'content/rules/states/mt.json', data: mtRules },
  { path: 'content/rules/states/nc.json', data: ncRules },
  { path: 'content/rules/states/nd.json', data: ndRules },
  { path: 'content/rules/states/ne.json', data: neRules },
  { path: 'content/rules/states/nh.json', data: nhRules },
  { path: 'content/rules/states/nj.json', data: njRules },
  { path: 'content/rules/states/nm.json', data: nmRules },
  { path: 'content/rules/states/nv.json', data: nvRules },
  { path: 'content/rules/states/ny.json', data: nyRules },
  { path: 'content/rules/states/oh.json', data: ohRules },
  { path: 'content/rules/states/ok.json', data: okRules },
  { path: 'content/rules/states/or.json', data: orRules },
  { path: 'content/rules/states/pa.json', data: paRules },
  { path: 'content/rules/states/pr.json', data: prRules },
  { path: 'content/rules/states/ri.json', data: riRules },
  { path: 'content/rules/states/sc.json', data: scRules },
  { path: 'content/rules/states/sd.json', data: sdRules },
  { path: 'content/rules/states/tn.json', data: tnRules },
  { path: 'content/rules/states/tx.json', data: txRules },
  { path: 'content/rules/states/ut.json', data: utRules },
  { path: 'content/rules/states/va.json', data: vaRules },
  { path: 'content/rules/states/vi.json', data: viRules },
  { path: 'content/rules/states/vt.json', data: vtRules },
  { path: 'content/rules/states/wa.json', data: waRules },
  { path: 'content/rules/states/wi.json', data: wiRules },
  { path: 'content/rules/states/wv.json', data: wvRules },
  { path: 'content/rules/states/wy.json', data: wyRules },
];

export const COVERAGE_FILE: CatalogFile = { path: 'content/rules/coverage.json', data: coverageData };

export type Coverage = ReturnType<typeof coverageSchema.parse>;

function loadRules(): Rule[] {
  return RULE_FILES.flatMap((file) => {
    const parsed = ruleFileSchema.safeParse(file.data);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      throw new Error(`${file.path} does not match the rule schema at ${first.path.join('.')}: ${first.message}`);
    }
    return parsed.data.rules;
  });
}

/** All rules, validated when this module loads. */
export const CATALOG_RULES: readonly Rule[] = loadRules();

export const COVERAGE: Coverage = coverageSchema.parse(coverageData);
