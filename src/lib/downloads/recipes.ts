/**
 * How to open the downloads in each tool: short recipes shown on /data/, each with the exact code
 * a reader pastes. tests/unit/downloads/recipes.test.ts runs every recipe's code with its tool
 * wherever that tool is installed (Python's csv module and sha256sum always), on real downloads,
 * so a recipe on the page is one that works. The words around the code are in words/downloads.ts.
 */
import { RECIPE_TEXT } from '../words/downloads.ts';

/** The tool a recipe's code runs in. */
export type RecipeTool = 'excel' | 'libreoffice' | 'python-csv' | 'pandas' | 'r-base' | 'readr' | 'sha256sum' | 'certutil' | 'powershell';

/** One way to open or check the files: what to do, and the code to paste (none for a menu path). */
export interface Recipe {
  tool: RecipeTool;
  heading: string;
  steps: string;
  code: string | null;
}

/**
 * Every recipe, in the order /data/ shows them. `zip`: whether the downloads include all.zip (a
 * plan-only site has none), which the checksum recipe then tells how to check.
 */
export function listRecipes({ zip = true }: { zip?: boolean } = {}): Recipe[] {
  return [
    { tool: 'excel', heading: RECIPE_TEXT.excel.heading, steps: RECIPE_TEXT.excel.steps, code: null },
    { tool: 'libreoffice', heading: RECIPE_TEXT.libreoffice.heading, steps: RECIPE_TEXT.libreoffice.steps, code: 'soffice --headless --infilter="CSV:44,34,76,1" --convert-to xlsx tasks.csv' },
    {
      tool: 'python-csv',
      heading: RECIPE_TEXT.pythonCsv.heading,
      steps: RECIPE_TEXT.pythonCsv.steps,
      code: ['import csv', '', 'with open("tasks.csv", encoding="utf-8-sig", newline="") as f:', '    header, total, *counties = csv.reader(f)', 'print(header)', 'print(len(counties))'].join('\n'),
    },
    {
      tool: 'pandas',
      heading: RECIPE_TEXT.pandas.heading,
      steps: RECIPE_TEXT.pandas.steps,
      code: ['import pandas as pd', '', 'df = pd.read_csv("tasks.csv", encoding="utf-8-sig")', 'print(df.columns.tolist())', 'print(len(df) - 1)'].join('\n'),
    },
    {
      tool: 'r-base',
      heading: RECIPE_TEXT.rBase.heading,
      steps: RECIPE_TEXT.rBase.steps,
      code: ['tasks <- read.csv("tasks.csv", fileEncoding = "UTF-8-BOM", check.names = FALSE)', 'print(names(tasks))', 'print(nrow(tasks) - 1)'].join('\n'),
    },
    { tool: 'readr', heading: RECIPE_TEXT.readr.heading, steps: RECIPE_TEXT.readr.steps, code: ['tasks <- readr::read_csv("tasks.csv")', 'print(names(tasks))'].join('\n') },
    {
      tool: 'sha256sum',
      heading: RECIPE_TEXT.sha256sum.heading,
      steps: `${RECIPE_TEXT.sha256sum.steps}${zip ? RECIPE_TEXT.sha256sum.zipNote : ''}`,
      code: 'sha256sum -c --ignore-missing SHA256SUMS',
    },
    { tool: 'certutil', heading: RECIPE_TEXT.certutil.heading, steps: RECIPE_TEXT.certutil.steps, code: 'certutil -hashfile tasks.csv SHA256' },
    {
      tool: 'powershell',
      heading: RECIPE_TEXT.powershell.heading,
      steps: RECIPE_TEXT.powershell.steps,
      code: [
        'Get-Content SHA256SUMS | ForEach-Object {',
        "  $hash, $file = $_ -split '  ', 2",
        '  if (Test-Path $file) {',
        '    if ((Get-FileHash $file -Algorithm SHA256).Hash -eq $hash) { "${file}: OK" } else { "${file}: FAILED" }',
        '  }',
        '}',
      ].join('\n'),
    },
  ];
}
