# The qicharts2 side of the side-by-side in docs/performance.md: one I chart per unit of a CSV
# (unit, month, y), each analysed on its own, all written as one JSON array of points.
# Usage: Rscript benchmarks/qicharts2/facets.R IN.csv OUT.json
args <- commandArgs(trailingOnly = TRUE)
suppressPackageStartupMessages({ library(qicharts2); library(jsonlite) })
d <- read.csv(args[1])
d$month <- as.Date(d$month)
charts <- lapply(split(d, d$unit), function(u) {
  r <- qic(month, y, data = u, chart = "i", return.data = TRUE)
  r$unit <- u$unit[1]
  r
})
writeLines(toJSON(do.call(rbind, charts), digits = NA, na = "null"), args[2])
