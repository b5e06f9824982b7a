// Embedded widgets (/embed/…): the same Run buttons and demo cards, identified by a per-widget
// id (X-Gorae-Widget) instead of a cookie, which a cross-site iframe often cannot keep.
import { useWidgetIdentity } from "./api.js";
import { wireDemos } from "./demo.js";
import { wireRunButtons } from "./runblocks.js";

useWidgetIdentity();
wireRunButtons(document.getElementById("main") || document.body);
wireDemos();
