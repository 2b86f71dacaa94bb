import type { RawExample } from "./types.js";
import { VOICES_DA } from "./voices-da.js";
import { VOICES_DB } from "./voices-db.js";
import { VOICES_DC } from "./voices-dc.js";
import { VOICES_DD } from "./voices-dd.js";
import { VOICES_DE } from "./voices-de.js";
import { VOICES_DF } from "./voices-df.js";
import { VOICES_EA } from "./voices-ea.js";
import { VOICES_EB } from "./voices-eb.js";
import { VOICES_EC } from "./voices-ec.js";
import { VOICES_ED } from "./voices-ed.js";
import { VOICES_EE } from "./voices-ee.js";
import { VOICES_EF } from "./voices-ef.js";
import { VOICES_EG } from "./voices-eg.js";
import { VOICES_EH } from "./voices-eh.js";
import { VOICES_EI } from "./voices-ei.js";
import { VOICES_EJ } from "./voices-ej.js";
import { VOICES_EK } from "./voices-ek.js";
import { VOICES_EL } from "./voices-el.js";
import { VOICES_EM } from "./voices-em.js";
import { VOICES_EN } from "./voices-en.js";
import { VOICES_EO } from "./voices-eo.js";
import { VOICES_EP } from "./voices-ep.js";
import { VOICES_EQ } from "./voices-eq.js";
import { VOICES_ER } from "./voices-er.js";
import { VOICES_ES } from "./voices-es.js";
import { VOICES_ET } from "./voices-et.js";
import { VOICES_EU } from "./voices-eu.js";
import { VOICES_EV } from "./voices-ev.js";
import { VOICES_EW } from "./voices-ew.js";
import { VOICES_EX } from "./voices-ex.js";
import { VOICES_EY } from "./voices-ey.js";
import { VOICES_EZ } from "./voices-ez.js";
import { VOICES_FA } from "./voices-fa.js";
import { VOICES_FB } from "./voices-fb.js";
import { VOICES_FC } from "./voices-fc.js";
import { VOICES_FD } from "./voices-fd.js";
import { VOICES_FE } from "./voices-fe.js";
import { VOICES_FF } from "./voices-ff.js";
import { VOICES_FG } from "./voices-fg.js";
import { VOICES_FH } from "./voices-fh.js";
import { VOICES_FI } from "./voices-fi.js";
import { VOICES_FJ } from "./voices-fj.js";
import { VOICES_FK } from "./voices-fk.js";
import { VOICES_FL } from "./voices-fl.js";
import { VOICES_FM } from "./voices-fm.js";
import { VOICES_FN } from "./voices-fn.js";
import { VOICES_FO } from "./voices-fo.js";
import { VOICES_FP } from "./voices-fp.js";
import { VOICES_FQ } from "./voices-fq.js";
import { VOICES_FR } from "./voices-fr.js";
import { VOICES_FS } from "./voices-fs.js";
import { VOICES_FT } from "./voices-ft.js";
import { VOICES_FU } from "./voices-fu.js";
import { VOICES_FV } from "./voices-fv.js";
import { VOICES_FW } from "./voices-fw.js";
import { VOICES_FX } from "./voices-fx.js";
import { VOICES_FY } from "./voices-fy.js";
import { VOICES_FZ } from "./voices-fz.js";
import { VOICES_GA } from "./voices-ga.js";
import { VOICES_GB } from "./voices-gb.js";
import { VOICES_GC } from "./voices-gc.js";
import { VOICES_GD } from "./voices-gd.js";
import { VOICES_GE } from "./voices-ge.js";
import { VOICES_GF } from "./voices-gf.js";
import { VOICES_GG } from "./voices-gg.js";
import { VOICES_GH } from "./voices-gh.js";
import { VOICES_GI } from "./voices-gi.js";
import { VOICES_GJ } from "./voices-gj.js";
import { VOICES_GK } from "./voices-gk.js";
import { VOICES_GL } from "./voices-gl.js";
import { VOICES_GM } from "./voices-gm.js";
import { VOICES_GN } from "./voices-gn.js";
import { VOICES_GO } from "./voices-go.js";
import { VOICES_GP } from "./voices-gp.js";

/** The batches of round 16 on, in file order (see index.ts and docs/corpus-rounds.md). */
export const LATE_BATCHES: ReadonlyArray<readonly [name: string, examples: readonly RawExample[]]> =
  [
    ["voices-da", VOICES_DA],
    ["voices-db", VOICES_DB],
    ["voices-dc", VOICES_DC],
    ["voices-dd", VOICES_DD],
    ["voices-de", VOICES_DE],
    ["voices-df", VOICES_DF],
    ["voices-ea", VOICES_EA],
    ["voices-eb", VOICES_EB],
    ["voices-ec", VOICES_EC],
    ["voices-ed", VOICES_ED],
    ["voices-ee", VOICES_EE],
    ["voices-ef", VOICES_EF],
    ["voices-eg", VOICES_EG],
    ["voices-eh", VOICES_EH],
    ["voices-ei", VOICES_EI],
    ["voices-ej", VOICES_EJ],
    ["voices-ek", VOICES_EK],
    ["voices-el", VOICES_EL],
    ["voices-em", VOICES_EM],
    ["voices-en", VOICES_EN],
    ["voices-eo", VOICES_EO],
    ["voices-ep", VOICES_EP],
    ["voices-eq", VOICES_EQ],
    ["voices-er", VOICES_ER],
    ["voices-es", VOICES_ES],
    ["voices-et", VOICES_ET],
    ["voices-eu", VOICES_EU],
    ["voices-ev", VOICES_EV],
    ["voices-ew", VOICES_EW],
    ["voices-ex", VOICES_EX],
    ["voices-ey", VOICES_EY],
    ["voices-ez", VOICES_EZ],
    ["voices-fa", VOICES_FA],
    ["voices-fb", VOICES_FB],
    ["voices-fc", VOICES_FC],
    ["voices-fd", VOICES_FD],
    ["voices-fe", VOICES_FE],
    ["voices-ff", VOICES_FF],
    ["voices-fg", VOICES_FG],
    ["voices-fh", VOICES_FH],
    ["voices-fi", VOICES_FI],
    ["voices-fj", VOICES_FJ],
    ["voices-fk", VOICES_FK],
    ["voices-fl", VOICES_FL],
    ["voices-fm", VOICES_FM],
    ["voices-fn", VOICES_FN],
    ["voices-fo", VOICES_FO],
    ["voices-fp", VOICES_FP],
    ["voices-fq", VOICES_FQ],
    ["voices-fr", VOICES_FR],
    ["voices-fs", VOICES_FS],
    ["voices-ft", VOICES_FT],
    ["voices-fu", VOICES_FU],
    ["voices-fv", VOICES_FV],
    ["voices-fw", VOICES_FW],
    ["voices-fx", VOICES_FX],
    ["voices-fy", VOICES_FY],
    ["voices-fz", VOICES_FZ],
    ["voices-ga", VOICES_GA],
    ["voices-gb", VOICES_GB],
    ["voices-gc", VOICES_GC],
    ["voices-gd", VOICES_GD],
    ["voices-ge", VOICES_GE],
    ["voices-gf", VOICES_GF],
    ["voices-gg", VOICES_GG],
    ["voices-gh", VOICES_GH],
    ["voices-gi", VOICES_GI],
    ["voices-gj", VOICES_GJ],
    ["voices-gk", VOICES_GK],
    ["voices-gl", VOICES_GL],
    ["voices-gm", VOICES_GM],
    ["voices-gn", VOICES_GN],
    ["voices-go", VOICES_GO],
    ["voices-gp", VOICES_GP],
  ];
