# The qicharts2 side of the side-by-side in docs/performance.md: one I chart of a CSV's x and y,
# written as JSON (every computed column, doubles with all 15+ significant digits).
# Usage: Rscript benchmarks/qicharts2/i-chart.R IN.csv OUT.json
args <- commandArgs(trailingOnly = TRUE)
suppressPackageStartupMessages({ library(qicharts2); library(jsonlite) })
d <- read.csv(args[1])
r <- qic(x, y, data = d, chart = "i", return.data = TRUE)
writeLines(toJSON(r, digits = NA, na = "null"), args[2])
