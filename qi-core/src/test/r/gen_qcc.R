# Random CUSUM/EWMA cases through qcc 2.7 (R 4.2.2), in the format of shared/reference/qcc:
# Rscript qi-core/src/test/r/gen_qcc.R OUTDIR N SEED (the cases in reference/qcc-generated: 300 18, every 8th kept).
suppressMessages({library(qcc); library(jsonlite)})
a <- commandArgs(TRUE); out <- a[1]; N <- as.integer(a[2]); set.seed(as.integer(a[3]))
fmt <- function(v) ifelse(is.na(v), "NA", sprintf("%.17g", v))
for (k in seq_len(N)) {
  fun <- sample(c("cusum", "ewma"), 1)
  shape <- sample(c("individuals", "subgroups", "varsizes", "big"), 1, prob = c(.4, .3, .2, .1))
  m <- sample(8:60, 1)
  sizes <- switch(shape, individuals = rep(1, m), subgroups = rep(sample(2:10, 1), m),
                  varsizes = sample(2:8, m, TRUE), big = sample(26:32, m, TRUE))
  mu <- sample(c(0, 1, 10, 100, 1000, 0.01), 1); s <- abs(mu) * runif(1, .01, .3) + (mu == 0)
  x <- rep(seq_len(m) * sample(c(1, 1, 7), 1), sizes)
  shift <- rep(0, m); at <- sample(2:m, 1); shift[at:m] <- rnorm(1, 0, 1.5) * s
  y <- round(rnorm(length(x), mu + rep(shift, sizes), s), sample(c(3, 6, 10), 1))
  ord <- sample(length(x)); if (runif(1) < .7) ord <- seq_along(x)
  x <- x[ord]; y <- y[ord]
  phase2 <- runif(1) < .35
  K <- if (phase2) sample(3:(m - 1), 1) else m
  ux <- sort(unique(x)); cal <- x %in% ux[1:K]
  args <- list()
  meth <- if (shape == "individuals") c("MR", "SD") else if (shape == "big") c("UWAVE-SD", "MVLUE-SD", "RMSDF") else c("UWAVE-R", "UWAVE-SD", "MVLUE-R", "MVLUE-SD", "RMSDF")
  r <- runif(1)
  if (r < .35) args$std.dev <- sample(meth, 1) else if (r < .5) args$std.dev <- round(s * runif(1, .5, 1.5), 4)
  if (runif(1) < .25) args$center <- round(mu + rnorm(1, 0, s), 3)
  if (fun == "cusum") {
    if (runif(1) < .6) args$decision.interval <- round(runif(1, 1, 8), 2)
    if (runif(1) < .6) args$se.shift <- round(runif(1, 0, 3), 2)
    h <- if (is.null(args$decision.interval)) 5 else args$decision.interval
    if (runif(1) < .4) args$head.start <- round(runif(1, 0, h * .9), 2)
  } else {
    if (runif(1) < .8) args$lambda <- sample(c(round(runif(1, .01, 1), 3), 1, .05), 1)
    if (runif(1) < .6) args$nsigmas <- round(runif(1, 1.5, 3.5), 2)
  }
  grp <- function(sel) if (shape == "individuals") y[sel][order(x[sel])] else qcc.groups(y[sel], x[sel])
  call <- c(list(data = grp(cal)), args, list(plot = FALSE))
  if (phase2) call$newdata <- grp(!cal)
  o <- tryCatch(do.call(fun, call), error = function(e) NULL)
  if (is.null(o) || any(!is.finite(c(o$statistics, o$newstats, o$std.dev)))) next
  name <- sprintf("%s_%s_%03d", fun, shape, k)
  d <- file.path(out, name); dir.create(d, recursive = TRUE, showWarnings = FALSE)
  inp <- data.frame(x = x, y = fmt(y)); if (phase2) inp$phase <- ifelse(cal, "calibration", "new")
  write.csv(inp, file.path(d, "input.csv"), row.names = FALSE, quote = FALSE)
  method <- if (is.numeric(args$std.dev)) "given" else if (!is.null(args$std.dev)) args$std.dev else
    if (shape == "individuals") "MR" else if (any(sizes > 25)) "RMSDF" else "UWAVE-R"
  if (length(args) == 0) args <- setNames(list(), character(0))
  write(toJSON(list(case = name, `function` = fun, data_shape = shape, phase_II = phase2,
                    input_columns = names(inp), qcc_args = args, std_dev_method = method),
               auto_unbox = TRUE, digits = NA), file.path(d, "args.json"))
  st <- c(o$statistics, o$newstats); sz <- c(o$sizes, o$newsizes); n <- length(st)
  ph <- rep(c("calibration", "new"), c(length(o$statistics), length(o$newstats)))
  if (fun == "cusum") {
    e <- data.frame(index = 1:n, label = names(st), phase = ph, sizes = sz, statistics = fmt(st),
                    pos = fmt(o$pos), neg = fmt(o$neg), decision.interval = o$decision.interval,
                    ldb = -o$decision.interval, udb = o$decision.interval,
                    violations.lower = 1:n %in% o$violations$lower, violations.upper = 1:n %in% o$violations$upper)
    e$beyond <- e$violations.lower | e$violations.upper
  } else {
    e <- data.frame(index = 1:n, label = names(st), phase = ph, sizes = sz, statistics = fmt(st), x = o$x,
                    y = fmt(o$y), sigma = fmt(o$sigma), LCL = fmt(o$limits[, 1]), UCL = fmt(o$limits[, 2]),
                    violations = 1:n %in% o$violations)
  }
  write.csv(e, file.path(d, "expected.csv"), row.names = FALSE, quote = FALSE)
  write.csv(data.frame(`function` = fun, center = fmt(o$center), std.dev = fmt(o$std.dev),
                       std.dev.method = method, check.names = FALSE),
            file.path(d, "summary.csv"), row.names = FALSE, quote = FALSE)
}
