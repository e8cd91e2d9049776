suppressMessages(library(FunnelPlotR))
library(jsonlite)
args <- commandArgs(TRUE)
from <- as.integer(args[1]); to <- as.integer(args[2]); out <- args[3]
f17 <- function(x) ifelse(is.na(x), "NA", ifelse(is.infinite(x), ifelse(x > 0, "Inf", "-Inf"), sprintf("%.17g", x)))
for (i in from:to) {
  set.seed(1000 + i)
  type <- sample(c("SR", "PR", "RC"), 1)
  k <- sample(c(3, 4, 5, 8, 12, 20, 35, 60, 100, 250), 1)
  od <- sample(c(0, 0.05, 0.15, 0.3, 0.6), 1)
  scale <- sample(c("tiny", "small", "mid", "large"), 1)
  dmax <- switch(scale, tiny = 8, small = 40, mid = 800, large = 20000)
  den <- switch(scale, tiny = runif(k, 0.3, dmax), small = runif(k, 1, dmax), mid = exp(runif(k, log(5), log(dmax))), large = exp(runif(k, log(50), log(dmax))))
  if (type == "SR") {
    num <- rpois(k, den * exp(rnorm(k, 0, od)))
    if (runif(1) < 0.5) den <- round(den, sample(0:4, 1)); den[den <= 0] <- 0.5
  } else if (type == "PR") {
    den <- pmax(1, round(den))
    p <- plogis(qlogis(runif(1, 0.02, 0.9)) + rnorm(k, 0, od * 2))
    num <- rbinom(k, den, p)
  } else {
    den <- pmax(1, round(den))
    num <- rpois(k, den * runif(1, 0.3, 2) * exp(rnorm(k, 0, od)))
  }
  units <- sprintf("U%03d", seq_len(k))
  input <- data.frame(unit = units, numerator = num, denominator = den)
  if (runif(1) < 0.25) { # split some units over several rows
    j <- sample(seq_len(k), max(1, k %/% 3))
    extra <- input[j, ]
    a <- if (type == "SR") runif(length(j), 0.2, 0.8) else 0.5
    extraN <- floor(extra$numerator * a); extraD <- if (type == "SR") extra$denominator * a else floor(extra$denominator * a)
    ok <- extraD > 0 & (extra$denominator - extraD) > 0 & (type != "PR" | (extraN <= extraD & (extra$numerator - extraN) <= (extra$denominator - extraD)))
    if (any(ok)) {
      jj <- j[ok]
      input$numerator[jj] <- input$numerator[jj] - extraN[ok]; input$denominator[jj] <- input$denominator[jj] - extraD[ok]
      input <- rbind(input, data.frame(unit = extra$unit[ok], numerator = extraN[ok], denominator = extraD[ok]))
    }
  }
  fa <- setNames(list(), character(0))
  if (type != "SR") fa$data_type <- type
  srm <- "SHMI"
  if (type == "SR" && runif(1) < 0.4) { srm <- "CQC"; fa$sr_method <- "CQC" }
  if (runif(1) < 0.5) fa$limit <- 95
  if (runif(1) < 0.5) fa$trim_by <- sample(c(0.05, 0.15, 0.2, 0.25, 0.3, 0.01, 0.12), 1)
  if (runif(1) < 0.3) fa$multiplier <- sample(c(100, 1000, 2.5), 1)
  if (type == "SR" && srm == "SHMI" && runif(1) < 0.3) fa$SHMI_rounding <- FALSE
  if (runif(1) < 0.25) { fa$draw_adjusted <- FALSE; fa$draw_unadjusted <- TRUE }
  defaults <- list(data_type = "SR", limit = 99, draw_unadjusted = FALSE, draw_adjusted = TRUE, sr_method = "SHMI", trim_by = 0.1, multiplier = 1, SHMI_rounding = TRUE)
  call <- c(list(input, numerator = quote(numerator), denominator = quote(denominator), group = quote(unit)), fa)
  fp <- tryCatch(suppressMessages(suppressWarnings(do.call(funnel_plot, call))), error = function(e) e)
  name <- sprintf("rand%04d_%s_%s_%du", i, type, scale, k)
  d <- file.path(out, name); dir.create(d, showWarnings = FALSE, recursive = TRUE)
  write.csv(input, file.path(d, "input.csv"), row.names = FALSE)
  writeLines(toJSON(list(case = name, funnel_args = fa, defaults_in_effect = defaults), auto_unbox = TRUE, digits = NA), file.path(d, "args.json"))
  if (inherits(fp, "error")) { writeLines(conditionMessage(fp), file.path(d, "ERROR")); next }
  sd <- source_data(fp)
  m <- if (is.null(fa$multiplier)) 1 else fa$multiplier
  e <- data.frame(unit = as.character(sd$group), numerator = f17(sd$numerator), denominator = f17(sd$denominator), plotted = f17(sd$rr * m), Uzscore = f17(sd$Uzscore),
                  LCL95 = f17(sd$LCL95), UCL95 = f17(sd$UCL95), LCL99 = f17(sd$LCL99), UCL99 = f17(sd$UCL99),
                  OD95LCL = f17(sd$OD95LCL), OD95UCL = f17(sd$OD95UCL), OD99LCL = f17(sd$OD99LCL), OD99UCL = f17(sd$OD99UCL), outlier = sd$outlier)
  write.csv(e, file.path(d, "expected.csv"), row.names = FALSE, quote = FALSE)
  target <- if (type == "SR") 1 else sum(sd$numerator) / sum(sd$denominator)
  s <- data.frame(target_plotted = f17(target * m), phi = f17(fp$phi), tau2 = f17(fp$tau2), draw_adjusted = ifelse(fp$draw_adjusted, "TRUE", "FALSE"))
  write.csv(s, file.path(d, "summary.csv"), row.names = FALSE, quote = FALSE)
}
