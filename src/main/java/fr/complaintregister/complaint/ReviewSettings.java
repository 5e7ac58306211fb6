package fr.complaintregister.complaint;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param negativeBelow a review rated below this (1 to 5) is negative and gets examined */
@ConfigurationProperties("registre.reviews")
public record ReviewSettings(@DefaultValue("3") int negativeBelow) {
}
