package org.minhu;

import org.minhu.dispatch.ClassifyEval;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Minhu (民呼): the 12345 citizen-service hotline platform, one modular monolith. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@EnableAsync
public class MinhuApplication {

    public static void main(String[] args) {
        // the classifier's evaluation needs neither Spring nor a database: answer it before either starts
        if (args.length > 0 && ClassifyEval.COMMAND.equals(args[0])) {
            System.exit(ClassifyEval.run(args, System.out, System.err));
        }
        SpringApplication.run(MinhuApplication.class, args);
    }
}
