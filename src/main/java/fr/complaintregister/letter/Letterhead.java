package fr.complaintregister.letter;

/**
 * What an agency prints at the top and foot of its letters.
 *
 * @param address the postal address, on as many lines as it takes
 * @param qualiopi the Qualiopi certificate number of a training organisation, or null
 * @param orias the ORIAS registration number of an insurance or credit intermediary, or null
 * @param logo a file path or URL of the logo image, or null for none
 */
public record Letterhead(String name, String address, String phone, String siret, String qualiopi, String orias,
                         String logo) {
}
