import about from './about.json';
import analysis from './analysis.json';
import changes from './changes.json';
import cite from './cite.json';
import common from './common.json';
import data from './data.json';
import editing from './editing.json';
import embed from './embed.json';
import measures from './measures.json';
import municipality from './municipality.json';
import overview from './overview.json';
import plans from './plans.json';
import report from './report.json';
import targets from './targets.json';
import upgrade from './upgrade.json';

export default { common, measures, overview, editing, municipality, analysis, changes, targets, upgrade, report, data, cite, about, embed, plans };
