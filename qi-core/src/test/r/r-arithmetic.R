# Writes random vectors with R's mean(), sum(), sd() and median() of each, every double in
# C99 hex ("%a") so that nothing is lost in printing. Output: one line per vector,
#   kind;values (comma-separated);mean;sum;sd;median
# Run: Rscript qi-core/src/test/r/r-arithmetic.R SEED COUNT > file
# (R 4.2.2 on x86-64, where long double is the x87 80-bit format.)
args <- commandArgs(trailingOnly = TRUE)
set.seed(as.integer(args[1]))
count <- as.integer(args[2])
hex <- function(v) ifelse(is.na(v), "NA", sprintf("%a", v))
kinds <- c("small-integers", "twentieths", "hundredths", "normal-2dp", "wide", "tiny-n", "big-offset")
for (i in seq_len(count)) {
  kind <- kinds[(i - 1) %% length(kinds) + 1]
  n <- sample(2:60, 1)
  x <- switch(kind,
    "small-integers" = as.numeric(sample(0:2, n, replace = TRUE)),
    "twentieths" = sample(0:20, n, replace = TRUE) / 20,
    "hundredths" = sample(0:100, n, replace = TRUE) / 100,
    "normal-2dp" = round(rnorm(sample(2:300, 1), 50, 5), 2),
    "wide" = rnorm(n) * 10^sample(-8:8, n, replace = TRUE),
    "tiny-n" = round(runif(sample(2:4, 1), 0, 10), sample(0:3, 1)),
    "big-offset" = 1e6 + round(rnorm(n), 3)
  )
  cat(kind, ";", paste(hex(x), collapse = ","), ";", hex(mean(x)), ";", hex(sum(x)), ";",
      hex(sd(x)), ";", hex(median(x)), "\n", sep = "")
}
