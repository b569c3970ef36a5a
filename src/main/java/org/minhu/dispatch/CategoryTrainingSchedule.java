package org.minhu.dispatch;

import org.minhu.platform.MinhuException;
import org.minhu.platform.MinhuSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Retrains the category model from the history every week ({@code minhu.classifier.retrain-cron})
 * and, when none exists yet, a little after start (so a fresh demo has one within minutes); on
 * every node, one training at a time between them ({@link CategoryModels#train}).
 */
@Component
class CategoryTrainingSchedule {

    private static final Logger log = LoggerFactory.getLogger(CategoryTrainingSchedule.class);

    private final CategoryModels models;
    private final boolean enabled;

    CategoryTrainingSchedule(CategoryModels models, MinhuSettings settings) {
        this.models = models;
        this.enabled = settings.classifier().autoTrain();
    }

    @Scheduled(cron = "${minhu.classifier.retrain-cron:0 30 3 * * MON}", zone = "${minhu.zone:Asia/Shanghai}")
    void weekly() {
        if (enabled) {
            train();
        }
    }

    @Scheduled(initialDelayString = "PT2M", fixedDelayString = "PT1H")
    void firstModel() {
        if (enabled && models.versions().isEmpty()) {
            train();
        }
    }

    private void train() {
        try {
            CategoryModel model = models.train(null);
            log.info("Category model {} trained on {} tickets: cross-validated macro-F1 {} (the one in use: {}), {}",
                    model.version(), model.examples(), model.macroF1(), model.replacedMacroF1(),
                    model.accepted() ? "now in use" : "kept the one in use");
        } catch (MinhuException e) {
            log.info("No category model trained now: {}", e.code());
        }
    }
}
