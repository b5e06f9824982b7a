// Explainer and demo pages: Run buttons, demo cards and copy buttons.
import { wireCopyButtons } from "./copy.js";
import { wireDemos } from "./demo.js";
import { wireRunButtons } from "./runblocks.js";

wireRunButtons(document.getElementById("main") || document.body);
wireDemos();
wireCopyButtons();
